import type { TfNode, TfRange, TfRef } from '../instance.js';

/** Helpers to build and read evaluated values (`TfNode`). Sets are lists without duplicates, maps are objects. */

export type Scalar = string | number | boolean | null;
export type Unknown = Extract<TfNode, { t: 'unknown' }>;
export type ObjNode = Extract<TfNode, { t: 'object' }>;
export type ListNode = Extract<TfNode, { t: 'list' }>;

/**
 * Objects that stand for a resource or data instance: reading an attribute that is not set in its
 * configuration gives an unknown carrying a `TfRef` to this address (the attribute is computed at apply).
 */
const instanceAddress = new WeakMap<object, string>();

export function markInstance(node: ObjNode, address: string): ObjNode {
  instanceAddress.set(node, address);
  return node;
}

export function instanceOf(node: TfNode): string | undefined {
  return instanceAddress.get(node);
}

export const scalar = (value: Scalar, range: TfRange): TfNode => ({ t: 'scalar', value, range });
export const list = (items: readonly TfNode[], range: TfRange): TfNode => ({ t: 'list', items, range });
export const obj = (attrs: Record<string, TfNode>, range: TfRange): TfNode => ({ t: 'object', attrs, range });
export const unknown = (reason: string, range: TfRange, ref?: TfRef): TfNode => (ref ? { t: 'unknown', reason, ref, range } : { t: 'unknown', reason, range });

/** Thrown inside function implementations for a wrong argument; the call becomes an unknown with this reason. */
export class EvalError extends Error {
  override readonly name = 'EvalError';
  constructor(message: string) {
    // These are expected data errors (caught by try/can or turned into unknowns): a stack trace is pure cost.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** The first unknown in a value (deep), if any: operations on it yield unknown. */
export function firstUnknown(n: TfNode): Unknown | undefined {
  if (n.t === 'unknown') return n;
  if (n.t === 'list') {
    for (const i of n.items) {
      const u = firstUnknown(i);
      if (u) return u;
    }
  } else if (n.t === 'object') {
    for (const k in n.attrs) {
      const u = firstUnknown(n.attrs[k]);
      if (u) return u;
    }
  }
  return undefined;
}

export function typeName(n: TfNode): string {
  if (n.t === 'scalar') return n.value === null ? 'null' : typeof n.value;
  return n.t;
}

/** Number formatting the way Terraform prints numbers in strings. */
export function numToString(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export function asString(n: TfNode, what = 'value'): string {
  if (n.t === 'scalar') {
    if (typeof n.value === 'string') return n.value;
    if (typeof n.value === 'number') return numToString(n.value);
    if (typeof n.value === 'boolean') return String(n.value);
  }
  throw new EvalError(`${what} must be a string, got ${typeName(n)}`);
}

export function asNumber(n: TfNode, what = 'value'): number {
  if (n.t === 'scalar') {
    if (typeof n.value === 'number') return n.value;
    if (typeof n.value === 'string' && n.value.trim() !== '' && !Number.isNaN(Number(n.value))) return Number(n.value);
  }
  throw new EvalError(`${what} must be a number, got ${typeName(n)}`);
}

export function asBool(n: TfNode, what = 'value'): boolean {
  if (n.t === 'scalar') {
    if (typeof n.value === 'boolean') return n.value;
    if (n.value === 'true' || n.value === 'false') return n.value === 'true';
  }
  throw new EvalError(`${what} must be a bool, got ${typeName(n)}`);
}

/** Elements of a list, set or tuple; an object's values in key order (what Terraform iterates). */
export function elements(n: TfNode, what = 'value'): TfNode[] {
  if (n.t === 'list') return [...n.items];
  if (n.t === 'object') return Object.keys(n.attrs).sort().map((k) => n.attrs[k]);
  throw new EvalError(`${what} must be a list, got ${typeName(n)}`);
}

export function asList(n: TfNode, what = 'value'): TfNode[] {
  if (n.t === 'list') return [...n.items];
  throw new EvalError(`${what} must be a list, got ${typeName(n)}`);
}

export function asObject(n: TfNode, what = 'value'): Record<string, TfNode> {
  if (n.t === 'object') return n.attrs as Record<string, TfNode>;
  throw new EvalError(`${what} must be a map or object, got ${typeName(n)}`);
}

/** Plain JS value of a fully known node (for JSON/YAML encoding and comparisons). */
export function toJs(n: TfNode): unknown {
  switch (n.t) {
    case 'scalar':
      return n.value;
    case 'list':
      return n.items.map(toJs);
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(n.attrs)) o[k] = toJs(n.attrs[k]);
      return o;
    }
    case 'unknown':
      throw new EvalError(n.reason);
  }
}

/** Builds a node from a plain JS value (jsondecode, yamldecode, tfvars.json), all with one range. */
export function fromJs(v: unknown, range: TfRange): TfNode {
  if (v === null || v === undefined) return scalar(null, range);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return scalar(v, range);
  if (Array.isArray(v)) return list(v.map((x) => fromJs(x, range)), range);
  if (typeof v === 'object') {
    const attrs: Record<string, TfNode> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) attrs[k] = fromJs(x, range);
    return obj(attrs, range);
  }
  return scalar(String(v), range);
}

/** Deep equality of known values (numbers and numeric strings are not equal, as in Terraform). */
export function equal(a: TfNode, b: TfNode): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 'scalar') return a.value === (b as typeof a).value;
  if (a.t === 'list') {
    const bl = b as typeof a;
    return a.items.length === bl.items.length && a.items.every((x, i) => equal(x, bl.items[i]));
  }
  if (a.t === 'object') {
    const bo = b as typeof a;
    const ka = Object.keys(a.attrs);
    return ka.length === Object.keys(bo.attrs).length && ka.every((k) => k in bo.attrs && equal(a.attrs[k], bo.attrs[k]));
  }
  return false;
}

export function isNull(n: TfNode): boolean {
  return n.t === 'scalar' && n.value === null;
}

/** Gives every node that did not come from inside `outer` the range `outer` (values read through references point at the reading attribute). */
export function relocate(n: TfNode, outer: TfRange): TfNode {
  const inside = n.range.file === outer.file && n.range.startLine >= outer.startLine && n.range.endLine <= outer.endLine;
  const range = inside ? n.range : outer;
  // Nodes are never modified once built, so a node lying wholly inside `outer` is returned as it is
  // rather than copied (most attribute values are): same content, fewer allocations.
  let out: TfNode;
  if (n.t === 'list') {
    let changed = !inside;
    const items = n.items.map((i) => {
      const r = relocate(i, outer);
      if (r !== i) changed = true;
      return r;
    });
    if (!changed) return n;
    out = n.block ? { t: 'list', items, range, block: true } : { t: 'list', items, range };
  } else if (n.t === 'object') {
    let changed = !inside;
    const attrs: Record<string, TfNode> = {};
    for (const k in n.attrs) {
      const v = n.attrs[k];
      const r = (attrs[k] = relocate(v, outer));
      if (r !== v) changed = true;
    }
    if (!changed) return n;
    out = { t: 'object', attrs, range };
  } else if (inside) return n;
  else out = { ...n, range };
  const addr = instanceOf(n);
  if (addr !== undefined && out.t === 'object') markInstance(out, addr);
  return out;
}

/** An unknown derived from another: keeps the reason, drops the ref (the value is no longer exactly the reference). */
export function derived(u: Unknown, range: TfRange): TfNode {
  return unknown(u.reason, range);
}
