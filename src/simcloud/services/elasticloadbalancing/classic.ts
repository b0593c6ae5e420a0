/**
 * Classic Elastic Load Balancing (awsQuery, API version 2012-06-01). It signs as `elasticloadbalancing` like
 * ELBv2, so ../elasticloadbalancing.ts serves both and routes each request by its `Version`. Classic load
 * balancers live in the same regional section under `ClassicLoadBalancers` (see docs/simcloud/edge-dns.md).
 */
import type { AccountState } from '../../world/state.js';
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { listInput, pageOf } from '../edge/common.js';
import { elbv2Section } from './state.js';

export interface ClassicListenerState {
  Protocol: string;
  LoadBalancerPort: number;
  InstanceProtocol?: string;
  InstancePort?: number;
  SSLCertificateId?: string;
  /** Names of the load balancer's policies this listener uses (the SSL negotiation policy for HTTPS/SSL). */
  PolicyNames?: string[];
}

export interface ClassicPolicyState {
  PolicyName: string;
  PolicyTypeName: string;
  PolicyAttributeDescriptions?: { AttributeName: string; AttributeValue: string }[];
}

/** A classic load balancer as DescribeLoadBalancers returns it, plus the world-only `Listeners`, `Policies`, `Attributes`, `Tags`. */
export interface ClassicLoadBalancerState {
  LoadBalancerName: string;
  /** `internet-facing` (default) or `internal`. */
  Scheme?: string;
  VPCId?: string;
  Subnets?: string[];
  AvailabilityZones?: string[];
  SecurityGroups?: string[];
  Instances?: { InstanceId: string }[];
  Listeners?: ClassicListenerState[];
  Policies?: ClassicPolicyState[];
  /** DescribeLoadBalancerAttributes fields that differ from the defaults (all off, as the API creates them). */
  Attributes?: Record<string, unknown>;
  Tags?: { Key: string; Value?: string }[];
  CreatedTime?: string;
}

const WORLD_ONLY = ['Listeners', 'Policies', 'Attributes', 'Tags'];

/** Protocols of the predefined security policies classic listeners can reference (as AWS documents them). */
export const CLASSIC_SSL_POLICIES: Readonly<Record<string, readonly string[]>> = {
  'ELBSecurityPolicy-TLS-1-2-2017-01': ['TLSv1.2'],
  'ELBSecurityPolicy-TLS-1-1-2017-01': ['TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2016-08': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2015-05': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2015-03': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2014-10': ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
  'ELBSecurityPolicy-2014-01': ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'],
};
const ALL_PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'];

function classic(account: AccountState, region: string): ClassicLoadBalancerState[] {
  const s = elbv2Section(account, region) as { ClassicLoadBalancers?: ClassicLoadBalancerState[] };
  return (s.ClassicLoadBalancers ??= []);
}

function find(ctx: CallContext, name: unknown): ClassicLoadBalancerState {
  const lb = classic(ctx.account, ctx.region).find((x) => x.LoadBalancerName === String(name ?? ''));
  if (!lb) throw new SimError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${String(name ?? '')}'`, 400);
  return lb;
}

function render(lb: ClassicLoadBalancerState, ctx: CallContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(lb)) if (!WORLD_ONLY.includes(k)) out[k] = v;
  const scheme = lb.Scheme ?? 'internet-facing';
  const dns = `${scheme === 'internal' ? 'internal-' : ''}${lb.LoadBalancerName}-1234567890.${ctx.region}.elb.amazonaws.com`;
  return {
    ...out,
    DNSName: dns,
    CanonicalHostedZoneName: dns,
    CanonicalHostedZoneNameID: 'Z32O12XQLNTSW2',
    ListenerDescriptions: (lb.Listeners ?? []).map((l) => ({
      Listener: { Protocol: l.Protocol, LoadBalancerPort: l.LoadBalancerPort, InstanceProtocol: l.InstanceProtocol ?? l.Protocol, InstancePort: l.InstancePort ?? l.LoadBalancerPort, SSLCertificateId: l.SSLCertificateId },
      PolicyNames: l.PolicyNames ?? [],
    })),
    Policies: { AppCookieStickinessPolicies: [], LBCookieStickinessPolicies: [], OtherPolicies: (lb.Policies ?? []).map((p) => p.PolicyName) },
    BackendServerDescriptions: [],
    AvailabilityZones: lb.AvailabilityZones ?? [`${ctx.region}a`],
    Subnets: lb.Subnets ?? [],
    Instances: lb.Instances ?? [],
    SecurityGroups: lb.SecurityGroups ?? [],
    HealthCheck: { Target: 'TCP:80', Interval: 30, Timeout: 5, UnhealthyThreshold: 2, HealthyThreshold: 10 },
    CreatedTime: lb.CreatedTime ?? '2024-01-01T00:00:00.000Z',
    Scheme: scheme,
  };
}

/** A negotiation policy referencing a predefined one carries that policy's protocol attributes, as AWS expands them. */
function describePolicy(p: ClassicPolicyState): Record<string, unknown> {
  const attrs = p.PolicyAttributeDescriptions ?? [];
  const ref = attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue;
  const protocols = ref !== undefined ? CLASSIC_SSL_POLICIES[ref] : undefined;
  const expanded = protocols && !attrs.some((a) => a.AttributeName.startsWith('Protocol-'))
    ? [...attrs, ...ALL_PROTOCOLS.map((pr) => ({ AttributeName: `Protocol-${pr}`, AttributeValue: String(protocols.includes(pr)) }))]
    : attrs;
  return { PolicyName: p.PolicyName, PolicyTypeName: p.PolicyTypeName, PolicyAttributeDescriptions: expanded };
}

export const classicOperations: Readonly<Record<string, OperationHandler>> = {
  DescribeLoadBalancers(input, ctx) {
    const names = listInput(input.LoadBalancerNames);
    let items = classic(ctx.account, ctx.region);
    if (names.length > 0) {
      const missing = names.filter((n) => !items.some((x) => x.LoadBalancerName === n));
      if (missing.length > 0) throw new SimError('LoadBalancerNotFound', `Cannot find Load Balancer ${missing[0]!}`, 400);
      items = items.filter((x) => names.includes(x.LoadBalancerName));
    }
    const { page, next } = pageOf(items, input.Marker, input.PageSize, { max: 400, badToken: 'InvalidNextToken' });
    return { LoadBalancerDescriptions: page.map((lb) => render(lb, ctx)), NextMarker: next };
  },

  DescribeLoadBalancerAttributes(input, ctx) {
    const a = find(ctx, input.LoadBalancerName).Attributes ?? {};
    return {
      LoadBalancerAttributes: {
        CrossZoneLoadBalancing: { Enabled: false, ...(a.CrossZoneLoadBalancing as object | undefined) },
        AccessLog: { Enabled: false, EmitInterval: 60, ...(a.AccessLog as object | undefined) },
        ConnectionDraining: { Enabled: false, Timeout: 300, ...(a.ConnectionDraining as object | undefined) },
        ConnectionSettings: { IdleTimeout: 60, ...(a.ConnectionSettings as object | undefined) },
        AdditionalAttributes: a.AdditionalAttributes ?? [],
      },
    };
  },

  DescribeLoadBalancerPolicies(input, ctx) {
    const wanted = listInput(input.PolicyNames);
    if (input.LoadBalancerName === undefined) {
      // Without a load balancer the API lists the predefined policies.
      const predefined = Object.keys(CLASSIC_SSL_POLICIES).map((name) => ({ PolicyName: name, PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: name }] }));
      return { PolicyDescriptions: predefined.filter((p) => wanted.length === 0 || wanted.includes(p.PolicyName)).map(describePolicy) };
    }
    const policies = find(ctx, input.LoadBalancerName).Policies ?? [];
    const missing = wanted.filter((n) => !policies.some((p) => p.PolicyName === n));
    if (missing.length > 0) throw new SimError('PolicyNotFound', `There is no policy with name ${missing[0]!} for load balancer ${String(input.LoadBalancerName)}`, 400);
    return { PolicyDescriptions: policies.filter((p) => wanted.length === 0 || wanted.includes(p.PolicyName)).map(describePolicy) };
  },

  DescribeTags(input, ctx) {
    const names = listInput(input.LoadBalancerNames);
    if (names.length > 20) throw new SimError('ValidationError', 'A maximum of 20 load balancer names can be described at once.', 400);
    return { TagDescriptions: names.map((n) => ({ LoadBalancerName: n, Tags: find(ctx, n).Tags ?? [] })) };
  },
};

/**
 * Handlers for several API versions of one awsQuery service: each request goes to the handler of its
 * `Version` (from the form body or query string; `fallback` when absent).
 */
export function byVersion(versions: Readonly<Record<string, Readonly<Record<string, OperationHandler>>>>, fallback: string): Record<string, OperationHandler> {
  const names = new Set(Object.values(versions).flatMap((ops) => Object.keys(ops)));
  const out: Record<string, OperationHandler> = {};
  for (const name of names) {
    out[name] = (input, ctx) => {
      const version = versionOf(ctx) ?? fallback;
      const handler = versions[version]?.[name];
      if (!handler) throw new SimError('InvalidAction', `The action ${name} is not valid for this web service (version ${version}).`, 400);
      return handler(input, ctx);
    };
  }
  return out;
}

function versionOf(ctx: CallContext): string | undefined {
  const fromQuery = ctx.http.query.Version;
  if (fromQuery) return fromQuery;
  const body = ctx.http.body.toString('utf8');
  return body ? (new URLSearchParams(body).get('Version') ?? undefined) : undefined;
}
