/**
 * Small helpers shared by the logging and monitoring handlers (KMS, CloudTrail, Config, GuardDuty, Security
 * Hub, Access Analyzer, Logs, CloudWatch): reading loosely typed inputs, opaque page tokens and the
 * timestamp encodings of the JSON protocols.
 */
import { paginate } from '../../pagination.js';
import { SimError } from '../../service.js';

/**
 * One page of `items` through the core's tokens; `max` is the request's page size (number or string),
 * capped at `hardMax`; `errorCode` is what the service answers for a bad token.
 */
export function pageOf<T>(items: readonly T[], token: unknown, max: unknown, defaultMax: number, hardMax = defaultMax, errorCode = 'InvalidNextTokenException'): { items: T[]; next: string | undefined } {
  const size = typeof max === 'number' || (typeof max === 'string' && max !== '') ? max : undefined;
  const page = paginate(items, typeof token === 'string' ? token : undefined, size, defaultMax, { errorCode, limit: hardMax });
  return { items: page.items, next: page.nextToken };
}

/** A string input field, or undefined. */
export function str(input: Record<string, unknown>, key: string): string | undefined {
  const v = input[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A string-list input field (absent → empty). */
export function strList(input: Record<string, unknown>, key: string): string[] {
  const v = input[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

/** A required string input field, or a ValidationException as the service would answer. */
export function required(input: Record<string, unknown>, key: string, code = 'ValidationException'): string {
  const v = str(input, key);
  if (v === undefined) throw new SimError(code, `1 validation error detected: Value null at '${key}' failed to satisfy constraint: Member must not be null`, 400);
  return v;
}

/** awsJson timestamps are epoch seconds; world files may hold ISO strings, numbers or Dates. */
export function epochSeconds(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v > 1e11 ? v / 1000 : v;
  const t = v instanceof Date ? v.getTime() : Date.parse(String(v));
  return Number.isNaN(t) ? undefined : t / 1000;
}

/** Epoch milliseconds (CloudWatch Logs `creationTime` is a long, not a timestamp). */
export function epochMillis(v: unknown): number | undefined {
  const s = epochSeconds(v);
  return s === undefined ? undefined : Math.round(s * 1000);
}

/** restJson timestamps are ISO 8601 date-time strings. */
export function isoTime(v: unknown): string | undefined {
  const s = epochSeconds(v);
  return s === undefined ? undefined : new Date(s * 1000).toISOString();
}

/** Drops undefined fields so the JSON encoder does not send nulls the SDK would read as values. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Copies `record` with the named timestamp fields converted by `conv`. */
export function withTimes<T extends object>(record: T, fields: readonly string[], conv: (v: unknown) => unknown = epochSeconds): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const f of fields) if (f in out) out[f] = conv(out[f]);
  return compact(out) as T;
}
