/**
 * Classic Elastic Load Balancing: load balancers with their listeners (and, for HTTPS/SSL, the security
 * policy their SSL negotiation policy references and the protocols it enables), access logs, connection
 * draining, cross-zone balancing, security groups and instances (as the EC2 collector's uids).
 */
import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingClient,
  type LoadBalancerAttributes,
  type LoadBalancerDescription,
  type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import type { Value } from '../../../../model/core/index.js';
import type { ClassicListener, ClassicLoadBalancerProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { chunks, forEachLimited, fromCall, live, tagRecord } from './edge/shared.js';

const LIST = 'elasticloadbalancing:DescribeLoadBalancers';
const ATTRS = 'elasticloadbalancing:DescribeLoadBalancerAttributes';
const POLICIES = 'elasticloadbalancing:DescribeLoadBalancerPolicies';
const TAGS = 'elasticloadbalancing:DescribeTags';

const TLS = ['HTTPS', 'SSL'];

/** The listener's SSL settings from the load balancer's policies: the referenced predefined policy and the enabled protocols. */
export function sslOf(policyNames: readonly string[], policies: readonly PolicyDescription[]): Pick<ClassicListener, 'sslPolicy' | 'sslProtocols'> {
  const negotiation = policies.find((p) => p.PolicyTypeName === 'SSLNegotiationPolicyType' && policyNames.includes(p.PolicyName ?? ''));
  if (!negotiation) return { sslPolicy: null, sslProtocols: null };
  const attrs = negotiation.PolicyAttributeDescriptions ?? [];
  const reference = attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue;
  const protocols = attrs.filter((a) => a.AttributeName?.startsWith('Protocol-') && a.AttributeValue === 'true').map((a) => a.AttributeName!.slice('Protocol-'.length));
  const listsProtocols = attrs.some((a) => a.AttributeName?.startsWith('Protocol-'));
  return { sslPolicy: reference ?? negotiation.PolicyName ?? null, sslProtocols: listsProtocols ? protocols : null };
}

interface Collected {
  lb: LoadBalancerDescription;
  name: string;
  attrs: CallResult<LoadBalancerAttributes | undefined>;
  policies: CallResult<PolicyDescription[]> | undefined;
}

function listeners(ctx: CollectorContext, c: Collected): Value<readonly ClassicListener[]> {
  const descs = c.lb.ListenerDescriptions ?? [];
  // Policies matter only to HTTPS/SSL listeners that name some; without them the listing alone answers.
  if (c.policies && !c.policies.ok) return apiUnknown(c.policies, ctx.prov(POLICIES));
  const policies = c.policies?.ok ? c.policies.value : [];
  const out = descs.map((d): ClassicListener => {
    const l = d.Listener;
    const protocol = (l?.Protocol ?? '').toUpperCase();
    return {
      protocol,
      loadBalancerPort: l?.LoadBalancerPort ?? 0,
      instanceProtocol: (l?.InstanceProtocol ?? protocol).toUpperCase(),
      instancePort: l?.InstancePort ?? 0,
      ...(TLS.includes(protocol) ? sslOf(d.PolicyNames ?? [], policies) : { sslPolicy: null, sslProtocols: null }),
    };
  });
  return apiValue(out, ctx.prov(c.policies ? POLICIES : LIST));
}

function emit(ctx: CollectorContext, c: Collected, tags: Value<Readonly<Record<string, string>>>): void {
  const src = ctx.prov(LIST);
  const arn = (kind: string, id: string) => `arn:aws:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;
  const props: ClassicLoadBalancerProperties = {
    scheme: apiValue(c.lb.Scheme ?? 'internet-facing', src),
    listeners: listeners(ctx, c),
    accessLogsEnabled: fromCall(ctx, ATTRS, c.attrs, (a) => a?.AccessLog?.Enabled === true),
    connectionDraining: fromCall(ctx, ATTRS, c.attrs, (a) => a?.ConnectionDraining?.Enabled === true),
    crossZoneLoadBalancing: fromCall(ctx, ATTRS, c.attrs, (a) => a?.CrossZoneLoadBalancing?.Enabled === true),
    securityGroups: apiValue((c.lb.SecurityGroups ?? []).map((id) => arn('security-group', id)), src),
    instances: apiValue((c.lb.Instances ?? []).flatMap((i) => (i.InstanceId ? [arn('instance', i.InstanceId)] : [])), src),
  };
  const uid = `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account}:loadbalancer/${c.name}`;
  ctx.emit(live(ctx, 'aws.elb.load-balancer', uid, c.name, LIST, props, tags));
}

export default defineCollector({
  id: 'elb',
  scope: 'regional',
  apiCalls: [LIST, ATTRS, POLICIES, TAGS],
  permissions: [LIST, ATTRS, POLICIES, TAGS],
  emits: ['aws.elb.load-balancer'],
  async collect(ctx) {
    const elb = ctx.client(ElasticLoadBalancingClient);
    const lbs = await ctx.paginate(LIST, async (marker) => {
      const o = await elb.send(new DescribeLoadBalancersCommand({ Marker: marker, PageSize: 400 }));
      return { items: o.LoadBalancerDescriptions ?? [], next: o.NextMarker };
    });
    if (!lbs.ok) return;
    const collected: Collected[] = [];
    await forEachLimited(lbs.value.filter((lb) => lb.LoadBalancerName), 8, async (lb) => {
      const name = lb.LoadBalancerName!;
      const resourceId = `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account}:loadbalancer/${name}`;
      const attrs = await ctx.call(ATTRS, async () => (await elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name }))).LoadBalancerAttributes, { resourceId });
      const needsPolicies = (lb.ListenerDescriptions ?? []).some((d) => TLS.includes((d.Listener?.Protocol ?? '').toUpperCase()) && (d.PolicyNames ?? []).length > 0);
      const policies = needsPolicies
        ? await ctx.call(POLICIES, async () => (await elb.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name }))).PolicyDescriptions ?? [], { resourceId })
        : undefined;
      collected.push({ lb, name, attrs, policies });
    });

    // DescribeTags takes up to 20 names per call.
    const tagMap = new Map<string, Value<Readonly<Record<string, string>>>>();
    for (const batch of chunks(collected.map((c) => c.name), 20)) {
      const r = await ctx.call(TAGS, () => elb.send(new DescribeTagsCommand({ LoadBalancerNames: batch })));
      for (const name of batch) {
        tagMap.set(name, r.ok ? apiValue(tagRecord(r.value.TagDescriptions?.find((d) => d.LoadBalancerName === name)?.Tags), ctx.prov(TAGS)) : apiUnknown(r, ctx.prov(TAGS)));
      }
    }
    for (const c of collected) emit(ctx, c, tagMap.get(c.name) ?? apiValue({}, ctx.prov(TAGS)));
  },
});
