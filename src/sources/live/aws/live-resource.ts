/**
 * Building blocks every collector family shares: a live model resource with API provenance, and a model value
 * from a `CallResult` (known from the answer, or unknown with the failure's reason — never a silent default).
 */
import type { ApiProvenance, Value } from '../../../model/core/index.js';
import type { ModelResource, ResourceType, ResourceTypeMap } from '../../../model/types.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext, liveOrigin, noTags } from './collector.js';

/** A live resource of `type` listed by `listCall`, in the context's account and (unless null) region. */
export function liveResource<T extends ResourceType>(
  ctx: CollectorContext,
  type: T,
  uid: string,
  name: string,
  listCall: string,
  properties: ResourceTypeMap[T],
  tags?: Value<Readonly<Record<string, string>>>,
  /** null for global resources (Shield), which carry no region. */
  region: string | null = ctx.region,
): ModelResource<T> {
  const source = ctx.prov(listCall);
  return {
    uid,
    type,
    provider: 'aws',
    account: ctx.account,
    ...(region !== null ? { region } : {}),
    name,
    tags: tags ?? noTags(source),
    properties,
    origin: liveOrigin(listCall),
    source,
  };
}

/** `f(value)` from a successful call, or an unknown value carrying the failure's reason. */
export function fromCall<T, U>(ctx: CollectorContext, call: string, r: CallResult<T>, f: (t: T) => U): Value<U> {
  const source: ApiProvenance = ctx.prov(call);
  return r.ok ? apiValue(f(r.value), source) : apiUnknown<U>(r, source);
}
