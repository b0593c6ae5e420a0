/**
 * Helpers for the edge and compute collectors (ELBv2, WAFv2, Lambda, EKS, ECR, API Gateway, Shield): building
 * a live resource, turning a `CallResult` into a model value, parsing resource policies, bounded fan-out.
 */
import type { Value } from '../../../../../model/core/index.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../../../model/aws/index.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext } from '../../collector.js';
export { liveResource as live, fromCall } from '../../live-resource.js';

/**
 * A resource policy from a Get*Policy call made with `expected` "not found" codes: null when there is none,
 * the parsed document, or unknown (failed call, or a document that does not parse).
 */
export function policyFrom(ctx: CollectorContext, call: string, r: CallResult<string | undefined>): Value<PolicyDocument | null> {
  const source = ctx.prov(call);
  if (!r.ok) return apiUnknown(r, source);
  if (r.value === undefined || r.value === '') return apiValue(null, source);
  const doc = parsePolicyDocument(r.value);
  return doc.ok ? apiValue(doc.document, source) : apiUnknown({ reason: 'InvalidPolicy', message: doc.error }, source);
}

/** Runs `fn` over `items` with at most `limit` in flight (per-resource calls fan out, bounded). */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** `Key`/`Value` tag lists as a record. */
export function tagRecord(tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** Chunks of at most `n` (APIs that take a bounded list of ARNs per call). */
export function chunks<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
