/** Small helpers shared by the IAM collector's parts. */
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../../../model/aws/policy.js';
import type { Tag } from '@aws-sdk/client-iam';
import { apiValue } from '../../collector.js';

/** A policy document as IAM returns it (URL-encoded JSON) → the model's document, or unresolvable if malformed. */
export function documentValue(raw: string | undefined, source: ApiProvenance): Value<PolicyDocument> {
  if (raw === undefined) return { kind: 'unresolvable', value: undefined, source, reason: `${source.call} returned no policy document` };
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not URL-encoded after all: parse as given.
  }
  const parsed = parsePolicyDocument(text);
  return parsed.ok ? apiValue(parsed.document, source) : { kind: 'unresolvable', value: undefined, source, reason: `${source.call}: ${parsed.error}` };
}

/** An SDK timestamp as the model's ISO string (null when absent). */
export function iso(d: Date | undefined): string | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : null;
}

export function tagsOf(tags: readonly Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** MaxItems of every IAM listing: IAM's own default, which keeps GetAccountAuthorizationDetails pages small. */
export const PAGE_SIZE = 100;
