/**
 * Helpers for the EC2/VPC collector: uids (`arn:aws:ec2:<region>:<account>:<type>/<id>`, used for every
 * reference between EC2 resources so the graph can join them), resources with `api` provenance, tags, and
 * bounded fan-out for per-resource attribute calls.
 */
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import type { ModelResource, ResourceType, ResourceTypeMap } from '../../../../../model/types.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext, liveOrigin } from '../../collector.js';

/** EC2 resource kinds as they appear in ARNs. */
export type Ec2Kind =
  | 'instance' | 'security-group' | 'network-acl' | 'vpc' | 'subnet' | 'route-table' | 'internet-gateway' | 'natgateway'
  | 'network-interface' | 'volume' | 'snapshot' | 'image' | 'vpc-endpoint' | 'vpc-flow-log' | 'launch-template'
  | 'vpc-peering-connection' | 'transit-gateway' | 'egress-only-internet-gateway' | 'ebs-encryption-by-default';

/** The uid of an EC2 resource of this account and region (or of `owner`'s account, for cross-account references). */
export function ec2Uid(ctx: CollectorContext, kind: Ec2Kind, id: string, owner?: string): string {
  return `arn:${ctx.partition}:ec2:${ctx.region}:${owner ?? ctx.account}:${kind}/${id}`;
}

/** The uid for a resource id of any EC2 kind, from its id prefix (`vpc-`, `subnet-`, `eni-`, `igw-`…). */
export function uidForId(ctx: CollectorContext, id: string): string {
  const prefixes: readonly [string, Ec2Kind][] = [
    ['vpc-', 'vpc'], ['subnet-', 'subnet'], ['eni-', 'network-interface'], ['igw-', 'internet-gateway'], ['nat-', 'natgateway'],
    ['i-', 'instance'], ['sg-', 'security-group'], ['vpce-', 'vpc-endpoint'], ['pcx-', 'vpc-peering-connection'],
    ['tgw-', 'transit-gateway'], ['eigw-', 'egress-only-internet-gateway'], ['rtb-', 'route-table'], ['acl-', 'network-acl'],
  ];
  const hit = prefixes.filter(([p]) => id.startsWith(p)).sort((a, b) => b[0].length - a[0].length)[0];
  return hit ? ec2Uid(ctx, hit[1], id) : id;
}

type Tag = { Key?: string | undefined; Value?: string | undefined };

export function tagRecord(tags: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** The `Name` tag, else the id: what the console shows. */
export function nameOf(id: string, tags: readonly Tag[] | undefined): string {
  return tags?.find((t) => t.Key === 'Name')?.Value || id;
}

/** A live EC2 resource listed by `listCall`; `tags` come from the same listing. */
export function ec2Resource<T extends ResourceType>(
  ctx: CollectorContext, type: T, uid: string, id: string, tags: readonly Tag[] | undefined, listCall: string, properties: ResourceTypeMap[T],
): ModelResource<T> {
  const source = ctx.prov(listCall);
  return {
    uid, type, provider: 'aws', account: ctx.account, region: ctx.region, name: nameOf(id, tags),
    tags: apiValue(tagRecord(tags), source), properties, origin: liveOrigin(listCall), source,
  };
}

/** A value maker bound to one call's provenance. */
export function valuesOf(ctx: CollectorContext, call: string): <T>(v: T) => Value<T> {
  const source = ctx.prov(call);
  return <T>(v: T) => apiValue(v, source);
}

/** `f(value)` from a successful call, or an unknown value carrying the failure's reason. */
export function fromCall<T, U>(ctx: CollectorContext, call: string, r: CallResult<T>, f: (t: T) => U): Value<U> {
  const source: ApiProvenance = ctx.prov(call);
  return r.ok ? apiValue(f(r.value), source) : apiUnknown<U>(r, source);
}

/** Runs `fn` over `items` with at most `limit` in flight (per-resource attribute calls fan out). */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Base64 user data as text (user data is usually a script or cloud-init YAML). */
export function decodeUserData(b64: string | undefined): string | null {
  if (b64 === undefined || b64 === '') return null;
  return Buffer.from(b64, 'base64').toString('utf8');
}

/** Per-resource attribute calls in flight at once, per collector run. */
export const FAN_OUT = 8;
