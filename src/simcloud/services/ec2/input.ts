/**
 * Reading EC2 query inputs. The core un-flattens `Filter.1.Value.2=x` into objects and arrays; whether it
 * names them by wire name (`Filter`, `Value`, `Owner`) or by SDK member name (`Filters`, `Values`, `OwnerIds`)
 * is a core detail, so every reader here accepts both. Numbers arrive as strings on the wire.
 */
import { SimError } from '../../service.js';

type Input = Record<string, unknown>;

/** The first present field among `names`. */
export function field(input: Input, ...names: string[]): unknown {
  for (const n of names) if (input[n] !== undefined) return input[n];
  return undefined;
}

/** A list field (a single value becomes a one-element list; an index-keyed object becomes its values in order). */
export function list(input: Input, ...names: string[]): unknown[] {
  return asList(field(input, ...names));
}

export function asList(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>).filter(([k]) => /^\d+$/.test(k)).sort(([a], [b]) => Number(a) - Number(b)).map(([, x]) => x);
  }
  return [v];
}

export function str(input: Input, ...names: string[]): string | undefined {
  const v = field(input, ...names);
  return v === undefined || v === null ? undefined : String(v);
}

export function strings(input: Input, ...names: string[]): string[] {
  return list(input, ...names).map(String);
}

export function int(input: Input, ...names: string[]): number | undefined {
  const v = field(input, ...names);
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new SimError('InvalidParameterValue', `Value (${String(v)}) for parameter ${names[0]} is invalid. Expected an integer.`);
  return n;
}

export function bool(input: Input, ...names: string[]): boolean {
  const v = field(input, ...names);
  return v === true || v === 'true';
}

/** A request filter: `Filter.N.Name` with its values. */
export interface Filter {
  readonly name: string;
  readonly values: readonly string[];
}

export function filters(input: Input): Filter[] {
  return list(input, 'Filters', 'Filter').map((f) => {
    const o = (f ?? {}) as Input;
    return { name: String(field(o, 'Name') ?? ''), values: strings(o, 'Values', 'Value') };
  });
}

/** How a resource answers one filter name: the values it has for it. */
export type FilterFields<T> = Readonly<Record<string, (item: T) => readonly (string | undefined)[]>>;

/** EC2 wildcard match: `*` any run, `?` one character. */
function matches(pattern: string, value: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === value;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

/**
 * Keeps the items that match every filter (AND across filters, OR across a filter's values), as EC2 does.
 * `tag:<key>` and `tag-key` work on any item with `Tags`. An unsupported filter name is an error, as on AWS.
 */
export function applyFilters<T>(items: readonly T[], fs: readonly Filter[], fields: FilterFields<T>): T[] {
  return items.filter((item) => fs.every((f) => {
    const got = valuesFor(item, f.name, fields);
    return got.some((g) => g !== undefined && f.values.some((v) => matches(v, g)));
  }));
}

function valuesFor<T>(item: T, name: string, fields: FilterFields<T>): readonly (string | undefined)[] {
  const tags = ((item as { Tags?: { Key?: string; Value?: string }[] }).Tags ?? []);
  if (name.startsWith('tag:')) return tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
  if (name === 'tag-key') return tags.map((t) => t.Key);
  const f = fields[name];
  if (!f) throw new SimError('InvalidParameterValue', `The filter '${name}' is invalid`);
  return f(item);
}

/** Filters by an id list parameter (`InstanceId.N`); an unknown id is an error, as on AWS. */
export function byIds<T>(items: readonly T[], ids: readonly string[], idOf: (t: T) => string | undefined, notFound: string, what: string): T[] {
  if (ids.length === 0) return [...items];
  const out: T[] = [];
  for (const id of ids) {
    const hit = items.find((t) => idOf(t) === id);
    if (!hit) throw new SimError(notFound, `The ${what} ID '${id}' does not exist`);
    out.push(hit);
  }
  return out;
}

/** Removes world-only fields (attributes that ride on the resource) from an output item. */
export function strip<T extends object>(item: T, ...keys: string[]): T {
  if (!keys.some((k) => k in item)) return item;
  const copy = { ...item } as Record<string, unknown>;
  for (const k of keys) delete copy[k];
  return copy as T;
}
