/**
 * Elastic Load Balancing v2: load balancers (type, scheme, security groups, subnets and the attributes rules
 * judge: access logs, deletion protection, dropping invalid headers) and their listeners (protocol, port, TLS
 * policy, redirect to HTTPS). Security group and subnet references use the EC2 collector's uids.
 */
import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  type Action,
  type Listener,
  type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Value } from '../../../../model/core/index.js';
import type { ListenerProperties, LoadBalancerProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { chunks, forEachLimited, fromCall, live, tagRecord } from './edge/shared.js';

const LIST = 'elasticloadbalancing:DescribeLoadBalancers';
const ATTRS = 'elasticloadbalancing:DescribeLoadBalancerAttributes';
const LISTENERS = 'elasticloadbalancing:DescribeListeners';
const TAGS = 'elasticloadbalancing:DescribeTags';

/** True when a default action sends clients to HTTPS (`#{protocol}` keeps the listener's own protocol). */
export function redirectsToHttps(actions: readonly Action[] | undefined, listenerProtocol: string | undefined): boolean {
  return (actions ?? []).some((a) => {
    if (a.Type !== 'redirect') return false;
    const p = a.RedirectConfig?.Protocol ?? '#{protocol}';
    return p.toUpperCase() === 'HTTPS' || (p === '#{protocol}' && listenerProtocol?.toUpperCase() === 'HTTPS');
  });
}

interface Collected {
  lb: LoadBalancer;
  arn: string;
  attrs: CallResult<Map<string, string>>;
  listeners: CallResult<Listener[]>;
}

function attrValue(ctx: CollectorContext, attrs: CallResult<Map<string, string>>, key: string): Value<boolean> {
  // An attribute the load balancer type does not have (drop_invalid_header_fields on an NLB) is off.
  return fromCall(ctx, ATTRS, attrs, (m) => m.get(key) === 'true');
}

function emitLoadBalancer(ctx: CollectorContext, c: Collected, tags: Value<Readonly<Record<string, string>>>): void {
  const src = ctx.prov(LIST);
  const { lb } = c;
  const props: LoadBalancerProperties = {
    lbType: apiValue(lb.Type ?? 'application', src),
    scheme: apiValue(lb.Scheme ?? 'internet-facing', src),
    dropInvalidHeaderFields: attrValue(ctx, c.attrs, 'routing.http.drop_invalid_header_fields.enabled'),
    deletionProtection: attrValue(ctx, c.attrs, 'deletion_protection.enabled'),
    accessLogsEnabled: attrValue(ctx, c.attrs, 'access_logs.s3.enabled'),
    securityGroups: apiValue((lb.SecurityGroups ?? []).map((id) => `arn:aws:ec2:${ctx.region}:${ctx.account}:security-group/${id}`), src),
    subnets: apiValue((lb.AvailabilityZones ?? []).flatMap((z) => (z.SubnetId ? [`arn:aws:ec2:${ctx.region}:${ctx.account}:subnet/${z.SubnetId}`] : [])), src),
  };
  ctx.emit(live(ctx, 'aws.elbv2.load-balancer', c.arn, lb.LoadBalancerName ?? c.arn, LIST, props, tags));
}

function emitListener(ctx: CollectorContext, lbArn: string, lbName: string, l: Listener, tags: Value<Readonly<Record<string, string>>>): void {
  const src = ctx.prov(LISTENERS);
  const arn = l.ListenerArn ?? `${lbArn}/listener/${l.Port ?? 0}`;
  const props: ListenerProperties = {
    loadBalancerId: apiValue(lbArn, src),
    protocol: apiValue(l.Protocol ?? '', src),
    port: apiValue(l.Port ?? 0, src),
    sslPolicy: apiValue(l.SslPolicy ?? null, src),
    redirectsToHttps: apiValue(redirectsToHttps(l.DefaultActions, l.Protocol), src),
  };
  ctx.emit(live(ctx, 'aws.elbv2.listener', arn, `${lbName}:${l.Protocol ?? '?'}:${l.Port ?? '?'}`, LISTENERS, props, tags));
}

export default defineCollector({
  id: 'elbv2',
  scope: 'regional',
  apiCalls: [LIST, ATTRS, LISTENERS, TAGS],
  permissions: [LIST, ATTRS, LISTENERS, TAGS],
  emits: ['aws.elbv2.load-balancer', 'aws.elbv2.listener'],
  async collect(ctx) {
    const elb = ctx.client(ElasticLoadBalancingV2Client);
    const lbs = await ctx.paginate(LIST, async (marker) => {
      const o = await elb.send(new DescribeLoadBalancersCommand({ Marker: marker, PageSize: 100 }));
      return { items: o.LoadBalancers ?? [], next: o.NextMarker };
    });
    if (!lbs.ok) return;
    const collected: Collected[] = [];
    await forEachLimited(lbs.value.filter((lb) => lb.LoadBalancerArn), 8, async (lb) => {
      const arn = lb.LoadBalancerArn!;
      const attrs = await ctx.call(ATTRS, async () => {
        const o = await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }));
        return new Map((o.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
      }, { resourceId: arn });
      const listeners = await ctx.paginate(LISTENERS, async (marker) => {
        const o = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: arn, Marker: marker, PageSize: 100 }));
        return { items: o.Listeners ?? [], next: o.NextMarker };
      });
      collected.push({ lb, arn, attrs, listeners });
    });

    // DescribeTags takes up to 20 ARNs: load balancers and listeners share the calls.
    const arns = collected.flatMap((c) => [c.arn, ...(c.listeners.ok ? c.listeners.value.flatMap((l) => (l.ListenerArn ? [l.ListenerArn] : [])) : [])]);
    const tagMap = new Map<string, Value<Readonly<Record<string, string>>>>();
    for (const batch of chunks(arns, 20)) {
      const r = await ctx.call(TAGS, () => elb.send(new DescribeTagsCommand({ ResourceArns: batch })));
      for (const arn of batch) {
        tagMap.set(arn, r.ok ? apiValue(tagRecord(r.value.TagDescriptions?.find((d) => d.ResourceArn === arn)?.Tags), ctx.prov(TAGS)) : apiUnknown(r, ctx.prov(TAGS)));
      }
    }
    const tagsOf = (arn: string) => tagMap.get(arn) ?? apiValue({}, ctx.prov(TAGS));

    for (const c of collected) {
      emitLoadBalancer(ctx, c, tagsOf(c.arn));
      // A failed DescribeListeners leaves the listeners unknown: recorded as a gap, nothing emitted for them.
      if (c.listeners.ok) for (const l of c.listeners.value) emitListener(ctx, c.arn, c.lb.LoadBalancerName ?? c.arn, l, tagsOf(l.ListenerArn ?? ''));
    }
  },
});
