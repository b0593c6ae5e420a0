/**
 * Elastic Load Balancing v2 (awsQuery, 2015-12-01): the read calls a posture scan makes. Load balancers live in
 * the regional section in the DescribeLoadBalancers shape (see ./elasticloadbalancing/state.ts and
 * docs/simcloud/edge-compute.md). Classic ELB (2012-06-01) signs with the same name and shares operation names,
 * so requests are routed by their `Version` (./elasticloadbalancing/classic.ts, docs/simcloud/edge-dns.md).
 */
import { defineService, SimError, type CallContext, type OperationHandler } from '../service.js';
import { listInput, pageOf } from './edge/common.js';
import { byVersion, classicOperations } from './elasticloadbalancing/classic.js';
import { defaultAttributes, elbv2Section, lbArn, listenerArn, WORLD_ONLY, type KeyValue, type LoadBalancerState } from './elasticloadbalancing/state.js';

export type { Elbv2Section, LoadBalancerState, ListenerState } from './elasticloadbalancing/state.js';

const PAGE = { max: 400, badToken: 'ValidationError' };

function all(ctx: CallContext): { lb: LoadBalancerState; arn: string }[] {
  return elbv2Section(ctx.account, ctx.region).LoadBalancers.map((lb) => ({ lb, arn: lbArn(lb, ctx.account.id, ctx.region) }));
}

function findLb(ctx: CallContext, arn: string): LoadBalancerState {
  const hit = all(ctx).find((x) => x.arn === arn);
  if (!hit) throw new SimError('LoadBalancerNotFound', `One or more load balancers not found: '${arn}'.`, 400);
  return hit.lb;
}

function render(lb: LoadBalancerState, arn: string, ctx: CallContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(lb)) if (!WORLD_ONLY.includes(k)) out[k] = v;
  const type = lb.Type ?? 'application';
  return {
    ...out,
    LoadBalancerArn: arn,
    DNSName: lb.DNSName ?? `${lb.LoadBalancerName}-${arn.slice(-8)}.${ctx.region}.elb.amazonaws.com`,
    CreatedTime: lb.CreatedTime ?? '2024-01-01T00:00:00.000Z',
    Scheme: lb.Scheme ?? 'internet-facing',
    Type: type,
    State: lb.State ?? { Code: 'active' },
    IpAddressType: lb.IpAddressType ?? 'ipv4',
    ...(type === 'application' ? { SecurityGroups: lb.SecurityGroups ?? [] } : {}),
  };
}

function listenersOf(ctx: CallContext): { lbArn: string; listener: Record<string, unknown> }[] {
  return all(ctx).flatMap(({ lb, arn }) =>
    (lb.Listeners ?? []).map((l, i) => ({ lbArn: arn, listener: { ...l, ListenerArn: listenerArn(lb, l, i, ctx.account.id, ctx.region), LoadBalancerArn: arn } })),
  );
}

/** A short catalogue of predefined TLS policies (names and protocols as AWS publishes them). */
const SSL_POLICIES: { Name: string; SslProtocols: string[] }[] = [
  { Name: 'ELBSecurityPolicy-TLS13-1-2-2021-06', SslProtocols: ['TLSv1.2', 'TLSv1.3'] },
  { Name: 'ELBSecurityPolicy-TLS13-1-3-2021-06', SslProtocols: ['TLSv1.3'] },
  { Name: 'ELBSecurityPolicy-TLS-1-2-Ext-2018-06', SslProtocols: ['TLSv1.2'] },
  { Name: 'ELBSecurityPolicy-FS-1-2-Res-2020-10', SslProtocols: ['TLSv1.2'] },
  { Name: 'ELBSecurityPolicy-2016-08', SslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] },
  { Name: 'ELBSecurityPolicy-TLS-1-1-2017-01', SslProtocols: ['TLSv1.1', 'TLSv1.2'] },
];

const v2Operations: Readonly<Record<string, OperationHandler>> = {
  DescribeLoadBalancers(input, ctx) {
    const arns = listInput(input.LoadBalancerArns);
    const names = listInput(input.Names);
    let items = all(ctx);
    if (arns.length > 0) {
      const missing = arns.filter((a) => !items.some((x) => x.arn === a));
      if (missing.length > 0) throw new SimError('LoadBalancerNotFound', `One or more load balancers not found: ${missing.join(', ')}.`, 400);
      items = items.filter((x) => arns.includes(x.arn));
    }
    if (names.length > 0) {
      const missing = names.filter((n) => !items.some((x) => x.lb.LoadBalancerName === n));
      if (missing.length > 0) throw new SimError('LoadBalancerNotFound', `Load balancers '${missing.join(', ')}' not found.`, 400);
      items = items.filter((x) => names.includes(x.lb.LoadBalancerName));
    }
    const { page, next } = pageOf(items, input.Marker, input.PageSize, PAGE);
    return { LoadBalancers: page.map((x) => render(x.lb, x.arn, ctx)), NextMarker: next };
  },

  DescribeLoadBalancerAttributes(input, ctx) {
    const lb = findLb(ctx, String(input.LoadBalancerArn ?? ''));
    const merged = new Map<string, string>();
    for (const a of defaultAttributes(lb.Type ?? 'application')) merged.set(a.Key, a.Value ?? '');
    for (const a of lb.Attributes ?? []) merged.set(a.Key, a.Value ?? '');
    return { Attributes: [...merged].map(([Key, Value]): KeyValue => ({ Key, Value })) };
  },

  DescribeListeners(input, ctx) {
    const lbArnIn = input.LoadBalancerArn === undefined ? undefined : String(input.LoadBalancerArn);
    const ids = listInput(input.ListenerArns);
    if (lbArnIn === undefined && ids.length === 0) throw new SimError('ValidationError', 'You must specify either listener ARNs or a load balancer ARN.', 400);
    if (lbArnIn !== undefined) findLb(ctx, lbArnIn);
    let items = listenersOf(ctx);
    if (lbArnIn !== undefined) items = items.filter((x) => x.lbArn === lbArnIn);
    if (ids.length > 0) {
      const missing = ids.filter((a) => !items.some((x) => x.listener.ListenerArn === a));
      if (missing.length > 0) throw new SimError('ListenerNotFound', `One or more listeners not found: ${missing.join(', ')}.`, 400);
      items = items.filter((x) => ids.includes(String(x.listener.ListenerArn)));
    }
    const { page, next } = pageOf(items, input.Marker, input.PageSize, PAGE);
    return { Listeners: page.map((x) => x.listener), NextMarker: next };
  },

  DescribeTags(input, ctx) {
    const arns = listInput(input.ResourceArns);
    if (arns.length > 20) throw new SimError('ValidationError', 'A maximum of 20 resource ARNs can be described at once.', 400);
    const lbs = all(ctx);
    const listeners = listenersOf(ctx);
    return {
      TagDescriptions: arns.map((arn) => {
        const lb = lbs.find((x) => x.arn === arn);
        if (lb) return { ResourceArn: arn, Tags: lb.lb.Tags ?? [] };
        if (listeners.some((l) => l.listener.ListenerArn === arn)) return { ResourceArn: arn, Tags: [] };
        throw new SimError('LoadBalancerNotFound', `Load balancer '${arn}' not found.`, 400);
      }),
    };
  },

  DescribeSSLPolicies(input) {
    const names = listInput(input.Names);
    const items = names.length > 0 ? SSL_POLICIES.filter((p) => names.includes(p.Name)) : SSL_POLICIES;
    const { page, next } = pageOf(items, input.Marker, input.PageSize, PAGE);
    return { SslPolicies: page.map((p) => ({ ...p, SupportedLoadBalancerTypes: ['application', 'network'] })), NextMarker: next };
  },
};

export default defineService({
  signingName: 'elasticloadbalancing',
  protocol: 'awsQuery',
  apiVersion: '2015-12-01',
  // The SDKs read results by element name, so classic answers under this namespace parse the same.
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  operations: byVersion({ '2015-12-01': v2Operations, '2012-06-01': classicOperations }, '2015-12-01'),
});
