/**
 * Helpers shared by the data and operations collectors (RDS, EFS, DynamoDB, SNS, SQS, Secrets Manager, SSM,
 * Inspector2): turning SDK output fields into model values with `api` provenance, where an absent field means
 * "the service's documented default", a failed call means unknown, and a policy that does not parse is
 * unknown with the parse error (never an empty policy that would read as "private").
 */
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../../../model/aws/policy.js';
import { apiUnknown, apiValue, type CallResult } from '../../collector.js';

/** `[{ Key, Value }]` (RDS, EFS, Secrets Manager) → a tag map. */
export function tagMap(tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** A field the API returns; when the API leaves it out, the service default as a `default` value at the same call. */
export function field<T>(v: T | undefined | null, fallback: T, src: ApiProvenance, note?: string): Value<T> {
  if (v === undefined || v === null) return { kind: 'default', value: fallback, source: src, ...(note ? { reason: note } : {}) };
  return apiValue(v, src);
}

/** A value derived from a call that may have failed: unknown with the failure when it did. */
export function fromCall<R, T>(r: CallResult<R>, src: ApiProvenance, read: (value: R) => T): Value<T> {
  return r.ok ? apiValue(read(r.value), src) : apiUnknown<T>(r, src);
}

/** A policy JSON string (or none) as a model value: null when absent, unknown when it does not parse. */
export function policyValue(doc: string | undefined | null, src: ApiProvenance): Value<PolicyDocument | null> {
  if (doc === undefined || doc === null || doc.trim() === '') return apiValue<PolicyDocument | null>(null, src);
  const parsed = parsePolicyDocument(doc);
  if (!parsed.ok) return { kind: 'unresolvable', value: undefined, source: src, reason: `${src.call} returned a policy that could not be read: ${parsed.error}` };
  return apiValue<PolicyDocument | null>(parsed.document, src);
}

/** A policy read by a call that may have failed or answered "none" (the expected not-found code). */
export function policyFromCall<R>(r: CallResult<R | undefined>, src: ApiProvenance, read: (value: R) => string | undefined | null): Value<PolicyDocument | null> {
  if (!r.ok) return apiUnknown(r, src);
  return policyValue(r.value === undefined ? null : read(r.value), src);
}

/** A Date (SDK timestamp) as ISO-8601, or null. */
export function iso(d: Date | undefined | null): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

/** The EC2 security-group uid the EC2 collector uses. */
export function securityGroupUid(region: string, account: string, id: string): string {
  return `arn:aws:ec2:${region}:${account}:security-group/${id}`;
}

/** The EC2 instance uid the EC2 collector uses. */
export function instanceUid(region: string, account: string, id: string): string {
  return `arn:aws:ec2:${region}:${account}:instance/${id}`;
}

/**
 * Per-resource detail calls in flight per collector run: enough to hide latency, few enough that a region's
 * API rate limits are not the bottleneck (the SDK's adaptive retry absorbs the rest).
 */
export const DETAIL_CONCURRENCY = 8;

/** Runs `fn` over `items` with at most `limit` in flight (per-resource detail calls), keeping order. */
export async function mapLimit<T, U>(items: readonly T[], limit: number, fn: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = new Array<U>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
