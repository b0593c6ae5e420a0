/**
 * Helpers shared by the logging and monitoring collectors (KMS, CloudTrail, Config, GuardDuty, Security Hub,
 * Access Analyzer, Logs, CloudWatch): building a live resource, bounded fan-out over per-resource calls, and
 * turning a `CallResult` into a model value (known from the answer, or unknown with the failure's reason).
 */
export { liveResource, fromCall } from '../../live-resource.js';

/**
 * Runs `fn` over `items` with at most `limit` in flight. Per-resource describe calls fan out; the scan's
 * clients rate-limit and retry, this only bounds how many requests one collector queues at once.
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Tag lists as the APIs return them (`Key`/`Value` or `TagKey`/`TagValue`) as a record. */
export function tagRecord(tags: readonly { Key?: string; Value?: string; TagKey?: string; TagValue?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) {
    const k = t.Key ?? t.TagKey;
    if (k !== undefined) out[k] = t.Value ?? t.TagValue ?? '';
  }
  return out;
}
