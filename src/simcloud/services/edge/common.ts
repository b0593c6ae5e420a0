/**
 * Helpers shared by the edge and compute handlers (ELBv2, Lambda, EKS, ECR, WAFv2, Shield, API Gateway).
 */
import { createHash } from 'node:crypto';
import { paginate } from '../../pagination.js';
import { SimError } from '../../service.js';

/**
 * One page of `items` after an opaque token, through the core's paginator; `max` caps the page size the
 * API accepts, `def` is its default, `badToken` the error code the service gives for a bad token.
 */
export function pageOf<T>(items: readonly T[], token: unknown, size: unknown, opts: { max: number; def?: number; badToken?: string }): { page: T[]; next: string | undefined } {
  const tok = token === undefined || token === null || token === '' ? undefined : String(token);
  const sz = size === undefined || size === null || size === '' ? undefined : typeof size === 'number' ? size : String(size);
  const p = paginate(items, tok, sz, opts.def ?? opts.max, { errorCode: opts.badToken ?? 'InvalidParameterException', limit: opts.max });
  return { page: p.items, next: p.nextToken };
}

/** A list input as the query decoder gives it (array, `{member: [...]}` or a single value), as strings. */
export function listInput(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'object' && 'member' in (v as object)) return listInput((v as { member: unknown }).member);
  return [String(v)];
}

/** A string input field, from the decoded input or (REST protocols) the query string or path. */
export function field(input: Record<string, unknown>, name: string, ...alt: (Readonly<Record<string, string>> | undefined)[]): string | undefined {
  const v = input[name];
  if (v !== undefined && v !== null && v !== '') return String(v);
  for (const src of alt) {
    const a = src?.[name];
    if (a !== undefined && a !== '') return a;
  }
  return undefined;
}

/** A required string input, else a ValidationException in the service's own code. */
export function required(value: string | undefined, name: string, code = 'ValidationException'): string {
  if (value === undefined) throw new SimError(code, `${name} is required.`, 400);
  return value;
}

/** Epoch seconds for JSON protocols' default timestamp format, from an ISO string, a number or a Date. */
export function epochSeconds(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return v;
  const t = v instanceof Date ? v.getTime() : Date.parse(String(v));
  return Number.isNaN(t) ? undefined : t / 1000;
}

/** ISO-8601 for date-time timestamps (XML, and JSON members with the iso8601 format). */
export function isoTime(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const t = v instanceof Date ? v.getTime() : typeof v === 'number' ? v * 1000 : Date.parse(String(v));
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** A short stable hex id derived from parts (ids AWS would generate, made deterministic for worlds). */
export function stableId(len: number, ...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, len);
}

/** A copy of `obj` without the given keys (world-only fields stripped from API output). */
export function omit<T extends object>(obj: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.includes(k)) out[k] = v;
  return out;
}
