/**
 * ListBuckets pagination (`max-buckets`, `continuation-token`) over the core's opaque tokens. Without
 * `max-buckets` S3 returns every bucket in one response (the behaviour older callers rely on); with it,
 * pages of at most 10,000. Buckets are listed in name order, as S3 lists them.
 */
import { paginate } from '../../pagination.js';

export function pageOfBuckets<T extends { readonly Name: string }>(items: readonly T[], token: string | undefined, max: string | undefined): { items: T[]; next?: string } {
  const sorted = [...items].sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  const page = paginate(sorted, token, max, Math.max(sorted.length, 1), { errorCode: 'InvalidArgument', limit: 10000 });
  return page.nextToken === undefined ? { items: page.items } : { items: page.items, next: page.nextToken };
}
