/**
 * The ELBv2 world section (`regions[<region>].elasticloadbalancing`): load balancers in the DescribeLoadBalancers
 * shape, each carrying what the other Describe calls return about it (attributes, listeners, tags).
 */
import type { AccountState } from '../../world/state.js';
import { regionalSection } from '../../world/state.js';
import { stableId } from '../edge/common.js';

export interface KeyValue {
  Key: string;
  Value?: string;
}

/** A listener as DescribeListeners returns it; `ListenerArn` is derived when absent. */
export interface ListenerState {
  ListenerArn?: string;
  Port?: number;
  Protocol?: string;
  SslPolicy?: string;
  Certificates?: { CertificateArn?: string }[];
  DefaultActions?: Record<string, unknown>[];
  [k: string]: unknown;
}

/** A load balancer as DescribeLoadBalancers returns it, plus `Attributes`, `Listeners` and `Tags`. */
export interface LoadBalancerState {
  LoadBalancerName: string;
  LoadBalancerArn?: string;
  /** `application` (default), `network` or `gateway`. */
  Type?: string;
  /** `internet-facing` (default) or `internal`. */
  Scheme?: string;
  VpcId?: string;
  SecurityGroups?: string[];
  AvailabilityZones?: { ZoneName?: string; SubnetId?: string }[];
  DNSName?: string;
  CreatedTime?: string;
  State?: { Code?: string };
  IpAddressType?: string;
  /** DescribeLoadBalancerAttributes entries that differ from the defaults. */
  Attributes?: KeyValue[];
  Listeners?: ListenerState[];
  Tags?: KeyValue[];
  [k: string]: unknown;
}

export interface Elbv2Section {
  LoadBalancers: LoadBalancerState[];
}

/** Fields that exist only in the world, never in a DescribeLoadBalancers answer. */
export const WORLD_ONLY = ['Attributes', 'Listeners', 'Tags'];

export function elbv2Section(account: AccountState, region: string): Elbv2Section {
  const s = regionalSection<Elbv2Section>(account, region, 'elasticloadbalancing', () => ({ LoadBalancers: [] }));
  s.LoadBalancers ??= [];
  return s;
}

const TYPE_PREFIX: Record<string, string> = { application: 'app', network: 'net', gateway: 'gwy' };

/** The ARN AWS would give, made deterministic from the name when the world does not set one. */
export function lbArn(lb: LoadBalancerState, account: string, region: string): string {
  if (lb.LoadBalancerArn) return lb.LoadBalancerArn;
  const prefix = TYPE_PREFIX[lb.Type ?? 'application'] ?? 'app';
  return `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${prefix}/${lb.LoadBalancerName}/${stableId(16, account, region, lb.LoadBalancerName)}`;
}

export function listenerArn(lb: LoadBalancerState, l: ListenerState, index: number, account: string, region: string): string {
  if (l.ListenerArn) return l.ListenerArn;
  const lbPart = lbArn(lb, account, region).split(':loadbalancer/')[1] ?? lb.LoadBalancerName;
  return `arn:aws:elasticloadbalancing:${region}:${account}:listener/${lbPart}/${stableId(16, lbPart, String(l.Port ?? index), String(index))}`;
}

/** The attributes a new load balancer of this type has (AWS documents these defaults). */
export function defaultAttributes(type: string): KeyValue[] {
  const common: KeyValue[] = [
    { Key: 'deletion_protection.enabled', Value: 'false' },
    { Key: 'access_logs.s3.enabled', Value: 'false' },
    { Key: 'access_logs.s3.bucket', Value: '' },
    { Key: 'access_logs.s3.prefix', Value: '' },
  ];
  if (type === 'application') {
    return [
      ...common,
      { Key: 'idle_timeout.timeout_seconds', Value: '60' },
      { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' },
      { Key: 'routing.http2.enabled', Value: 'true' },
      { Key: 'routing.http.desync_mitigation_mode', Value: 'defensive' },
    ];
  }
  if (type === 'network') return [...common, { Key: 'load_balancing.cross_zone.enabled', Value: 'false' }];
  return [{ Key: 'deletion_protection.enabled', Value: 'false' }, { Key: 'load_balancing.cross_zone.enabled', Value: 'false' }];
}
