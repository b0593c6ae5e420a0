/**
 * Helpers shared by simcloud's data and operations services (RDS, EFS, DynamoDB, SNS, SQS, Secrets Manager,
 * SSM, Inspector2): reading loosely typed inputs (query-protocol numbers arrive as strings), paging, and
 * timestamps. World files keep timestamps as ISO-8601 strings; the JSON protocols send epoch seconds.
 */
import { paginate } from '../../pagination.js';
import { SimError, type CallContext } from '../../service.js';
import { regionalSection } from '../../world/state.js';

type Input = Record<string, unknown>;

/** A string input field, or undefined. */
export function str(input: Input, name: string): string | undefined {
  const v = input[name];
  return v === undefined || v === null || v === '' ? undefined : String(v);
}

/** A required string input field; missing → ValidationError as AWS answers. */
export function required(input: Input, name: string, code = 'ValidationError'): string {
  const v = str(input, name);
  if (v === undefined) throw new SimError(code, `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
  return v;
}

/** An integer input field, validated against the API's range. */
export function int(input: Input, name: string, range?: { min: number; max: number }, code = 'ValidationError'): number | undefined {
  const v = input[name];
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || (range && (n < range.min || n > range.max))) {
    throw new SimError(code, `Invalid value ${String(v)} for ${name}${range ? `: must be between ${range.min} and ${range.max}` : ''}`);
  }
  return n;
}

/** A list input field (query protocols may hand over an index-keyed object or a single value). */
export function list(input: Input, name: string): unknown[] {
  const v = input[name];
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // Query protocols wrap list members: `{ member: [...] }` or `{ Filter: [...] }`.
    const keys = Object.keys(o);
    if (keys.length === 1 && !/^\d+$/.test(keys[0]!)) return list(o, keys[0]!);
    return keys.filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b)).map((k) => o[k]);
  }
  return [v];
}

/** One page of `items` through the core's tamper-evident tokens; a bad token answers `badToken`. */
export function page<T>(items: readonly T[], token: string | undefined, max: number, badToken = 'InvalidNextToken'): { items: T[]; next: string | undefined } {
  const p = paginate(items, token, max, max, { errorCode: badToken });
  return { items: p.items, next: p.nextToken };
}

/** ISO-8601 string (or Date, or epoch seconds) → epoch seconds, as the JSON protocols send timestamps. */
export function epoch(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return v;
  const t = v instanceof Date ? v.getTime() : Date.parse(String(v));
  return Number.isNaN(t) ? undefined : t / 1000;
}

/** Copies `obj` with the named timestamp fields converted to epoch seconds (JSON protocols). */
export function withEpochs<T extends object>(obj: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const f of fields) if (f in out) out[f] = epoch(out[f]);
  return out as T;
}

/** `true` / `false` from query-protocol strings or JSON booleans. */
export function bool(input: Input, name: string): boolean | undefined {
  const v = input[name];
  if (v === undefined || v === null || v === '') return undefined;
  return v === true || v === 'true';
}

const normalized = new WeakSet<object>();

/**
 * The caller's regional section of `service`, with every key of `empty()` present: world files may give only
 * part of a section (just `Topics`, no `Policies`), and handlers rely on every collection existing.
 * `normalize` fills what AWS always returns but a world file may leave out (ARNs, owner ids); it runs once per
 * section object, so handlers stay O(page) on large worlds.
 */
export function sectionOf<T extends object>(ctx: CallContext, service: string, empty: () => T, normalize?: (section: T, ctx: CallContext) => void): T {
  const s = regionalSection(ctx.account, ctx.region, service, empty) as Record<string, unknown>;
  if (!normalized.has(s)) {
    for (const [k, v] of Object.entries(empty() as Record<string, unknown>)) if (s[k] === undefined) s[k] = v;
    normalize?.(s as T, ctx);
    normalized.add(s);
  }
  return s as T;
}

/** A stable 6-character suffix, like the random one Secrets Manager appends to secret ARNs. */
export function arnSuffix(name: string): string {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 52)) out += abc[h % 52];
  return out;
}
