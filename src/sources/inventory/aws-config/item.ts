import type { ImportProvenance, Value } from '../../../model/core/index.js';

/**
 * One AWS Config configuration item (snapshot or history file, item versions 1.2 and 1.3). In 1.3 the
 * `configuration` may arrive as a JSON string; supplementary configuration values often do too.
 */
export interface ConfigItem {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly arn?: string;
  readonly awsRegion?: string;
  readonly awsAccountId?: string;
  readonly captureTime: string;
  readonly status: string;
  readonly tags: Record<string, string>;
  readonly configuration: Record<string, unknown>;
  readonly supplementary: Record<string, unknown>;
  readonly relationships: readonly { resourceType?: string; resourceId?: string; relationshipName?: string }[];
  readonly prov: ImportProvenance;
}

/** Parses a JSON string once; leaves objects alone; an unparsable string stays a string. */
export function unwrapJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (!(t.startsWith('{') || t.startsWith('['))) return v;
  try {
    return JSON.parse(t);
  } catch {
    return v;
  }
}

/**
 * Reads a field by a dotted path, matching keys case-insensitively (Config mixes `BucketPolicy` and
 * `bucketPolicy`, `policyText` and `PolicyText` across item versions) and unwrapping JSON strings.
 */
export function field(obj: unknown, path: string): unknown {
  let cur: unknown = unwrapJson(obj);
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur)) {
      const i = Number(part);
      cur = Number.isInteger(i) ? unwrapJson(cur[i]) : undefined;
      continue;
    }
    if (typeof cur !== 'object') return undefined;
    const rec = cur as Record<string, unknown>;
    const key = part in rec ? part : Object.keys(rec).find((k) => k.toLowerCase() === part.toLowerCase());
    cur = key === undefined ? undefined : unwrapJson(rec[key]);
  }
  return cur;
}

const NOT_RECORDED = 'not recorded in the AWS Config configuration item';

/** Value builders over one item: recorded values are explicit; absent ones are a default or unknown, never a silent pass. */
export class ItemReader {
  constructor(readonly item: ConfigItem) {}

  private at(path: string): ImportProvenance {
    return { ...this.item.prov, pointer: `${this.item.prov.pointer}/${path.replace(/\./g, '/')}` };
  }

  /** A recorded value, converted; absent or wrong-typed → `fallback` as a default with the reason, or unknown. */
  get<T>(path: string, convert: (v: unknown) => T | undefined, fallback?: { value: T; reason: string }): Value<T> {
    const raw = field(path.startsWith('supplementary.') ? this.item.supplementary : this.item.configuration, path.replace(/^(supplementary|configuration)\./, ''));
    const v = raw === undefined || raw === null ? undefined : convert(raw);
    if (v !== undefined) return { kind: 'explicit', value: v, source: this.at(path) };
    if (fallback) return { kind: 'default', value: fallback.value, source: this.item.prov, reason: fallback.reason };
    return { kind: 'unresolvable', value: undefined, source: this.at(path), reason: `${path} ${NOT_RECORDED}` };
  }

  /** A property AWS Config never records for this type: unknown with that reason. */
  notRecorded<T>(what: string): Value<T> {
    return { kind: 'unresolvable', value: undefined, source: this.item.prov, reason: `${what} is ${NOT_RECORDED}` };
  }

  known<T>(value: T): Value<T> {
    return { kind: 'explicit', value, source: this.item.prov };
  }

  /** A value fixed by the absence of a configuration block (e.g. no logging configuration = logging off). */
  absent<T>(value: T, reason: string): Value<T> {
    return { kind: 'default', value, source: this.item.prov, reason };
  }
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
export const strList = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.map((x) => str(x) ?? JSON.stringify(x)) : undefined);
