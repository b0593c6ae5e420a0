/**
 * IAM's `Marker`/`MaxItems`/`IsTruncated` pagination over an in-memory list, on the core's opaque tokens.
 * MaxItems defaults to 100 and must be 1–1000, as IAM documents.
 */
import { paginate } from '../../pagination.js';
import { SimError } from '../../service.js';

export interface IamPage<T> {
  readonly items: T[];
  readonly IsTruncated: boolean;
  readonly Marker?: string;
}

/** One page of `items` for the request's `Marker` and `MaxItems`. */
export function iamPage<T>(items: readonly T[], input: Record<string, unknown>): IamPage<T> {
  const rawMax = input['MaxItems'];
  const max = rawMax === undefined || rawMax === '' ? 100 : Number(rawMax);
  if (!Number.isInteger(max) || max < 1 || max > 1000) throw new SimError('ValidationError', `1 validation error detected: Value '${String(rawMax)}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`, 400);
  const marker = typeof input['Marker'] === 'string' ? input['Marker'] : undefined;
  const page = paginate(items, marker, max, 100, { errorCode: 'InvalidInput' });
  return { items: page.items, IsTruncated: page.nextToken !== undefined, ...(page.nextToken !== undefined ? { Marker: page.nextToken } : {}) };
}

/** The output of a paginated List call: `{ [key]: page, IsTruncated, Marker? }`. */
export function listOutput<T>(key: string, items: readonly T[], input: Record<string, unknown>): Record<string, unknown> {
  const p = iamPage(items, input);
  return { [key]: p.items, IsTruncated: p.IsTruncated, ...(p.Marker !== undefined ? { Marker: p.Marker } : {}) };
}
