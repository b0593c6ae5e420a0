/**
 * Pagination for list handlers: opaque, tamper-evident continuation tokens. A token is the offset of the next
 * item plus an HMAC over it (with a per-process key), so a client cannot forge or edit one; a bad token
 * answers `InvalidNextToken` unless the caller names its API's code (`opts.errorCode`, e.g. Organizations'
 * `InvalidInputException`, IAM's `InvalidInput`, S3's `InvalidArgument`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { SimError } from './service.js';

const KEY = randomBytes(32);

/** One page of `items` and the token for the next page (undefined on the last page). */
export interface Page<T> {
  readonly items: T[];
  readonly nextToken: string | undefined;
}

function mac(payload: string): string {
  return createHmac('sha256', KEY).update(payload).digest('base64url').slice(0, 22);
}

/** Encodes an offset as an opaque token. */
export function encodeToken(offset: number): string {
  const payload = Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

/** Decodes a token; throws `SimError(code)` if it was not issued by simcloud. */
export function decodeToken(token: string, code = 'InvalidNextToken'): number {
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined || mac(payload) !== sig) throw new SimError(code, 'The pagination token is invalid.', 400);
  try {
    const o = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // falls through to the error below
  }
  throw new SimError(code, 'The pagination token is invalid.', 400);
}

/**
 * Slices `items` after `token` (undefined/empty: from the start) into a page of `maxItems` (a number or the
 * query protocols' string; defaults to `defaultMax`). Lists should be in a stable order.
 */
export function paginate<T>(items: readonly T[], token: string | undefined | null, maxItems?: number | string | null, defaultMax = 100, opts: { errorCode?: string; sizeErrorCode?: string; limit?: number } = {}): Page<T> {
  const start = token ? decodeToken(token, opts.errorCode) : 0;
  let max = maxItems === undefined || maxItems === null || maxItems === '' ? defaultMax : Number(maxItems);
  if (!Number.isInteger(max) || max < 1) throw new SimError(opts.sizeErrorCode ?? opts.errorCode ?? 'ValidationException', `Invalid page size: ${String(maxItems)}`, 400);
  if (opts.limit !== undefined) max = Math.min(max, opts.limit);
  const page = items.slice(start, start + max);
  const next = start + max < items.length ? encodeToken(start + max) : undefined;
  return { items: page, nextToken: next };
}
