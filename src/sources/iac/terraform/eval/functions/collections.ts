import type { TfNode } from '../../instance.js';
import { asBool, asList, asNumber, asObject, asString, derived, elements, equal, EvalError, firstUnknown, isNull, list, obj, scalar, typeName } from '../values.js';
import type { Unknown } from '../values.js';
import type { FunctionTable } from './types.js';

function distinct(items: TfNode[]): TfNode[] {
  const out: TfNode[] = [];
  for (const i of items) if (!out.some((o) => equal(o, i))) out.push(i);
  return out;
}

/** Sets in Terraform are unordered but displayed sorted; we keep first-seen order except for strings. */
function asSet(items: TfNode[]): TfNode[] {
  const d = distinct(items);
  return d.every((x) => x.t === 'scalar' && typeof x.value === 'string') ? d.sort((a, b) => cmp(a, b)) : d;
}

function cmp(a: TfNode, b: TfNode): number {
  const x = (a as { value: unknown }).value as string | number;
  const y = (b as { value: unknown }).value as string | number;
  return x < y ? -1 : x > y ? 1 : 0;
}

function flatten(items: readonly TfNode[], out: TfNode[]): Unknown | undefined {
  for (const i of items) {
    if (i.t === 'unknown') return i;
    if (i.t === 'list') {
      const u = flatten(i.items, out);
      if (u) return u;
    } else out.push(i);
  }
  return undefined;
}

export const collectionFunctions: FunctionTable = {
  length: {
    arity: [1],
    unknowns: 'shallow',
    fn: ([v], c) => {
      if (v.t === 'list') return scalar(v.items.length, c.range);
      if (v.t === 'object') return scalar(Object.keys(v.attrs).length, c.range);
      return scalar([...asString(v)].length, c.range);
    },
  },
  merge: {
    unknowns: 'shallow',
    fn: (args, c) => {
      const attrs: Record<string, TfNode> = {};
      for (const a of args) if (!isNull(a)) Object.assign(attrs, asObject(a, 'each argument'));
      return obj(attrs, c.range);
    },
  },
  lookup: {
    arity: [2, 3],
    unknowns: 'shallow',
    fn: ([m, k, d]) => {
      const attrs = asObject(m, 'first argument');
      const key = asString(k, 'key');
      if (key in attrs) return attrs[key];
      if (d) return d;
      throw new EvalError(`the map has no key "${key}" and no default was given`);
    },
  },
  concat: { unknowns: 'shallow', fn: (args, c) => list(args.flatMap((a) => asList(a, 'each argument')), c.range) },
  element: {
    arity: [2],
    unknowns: 'shallow',
    fn: ([l, i]) => {
      const items = asList(l);
      if (!items.length) throw new EvalError('cannot use element() with an empty list');
      const n = Math.floor(asNumber(i, 'index'));
      if (n < 0) throw new EvalError('index must not be negative');
      return items[n % items.length];
    },
  },
  index: {
    arity: [2],
    fn: ([l, v], c) => {
      const i = asList(l).findIndex((x) => equal(x, v));
      if (i < 0) throw new EvalError('the given value is not in the list');
      return scalar(i, c.range);
    },
  },
  contains: {
    arity: [2],
    unknowns: 'any',
    fn: ([l, v], c) => {
      if (l.t === 'unknown') return derived(l, c.range);
      const vu = firstUnknown(v);
      if (vu) return derived(vu, c.range);
      const items = elements(l);
      if (items.some((x) => !firstUnknown(x) && equal(x, v))) return scalar(true, c.range);
      const u = items.map(firstUnknown).find((x) => x !== undefined);
      return u ? derived(u, c.range) : scalar(false, c.range);
    },
  },
  keys: { arity: [1], unknowns: 'shallow', fn: ([m], c) => list(Object.keys(asObject(m)).sort().map((k) => scalar(k, c.range)), c.range) },
  values: { arity: [1], unknowns: 'shallow', fn: ([m], c) => list(elements(m), c.range) },
  flatten: {
    arity: [1],
    unknowns: 'shallow',
    fn: ([l], c) => {
      const out: TfNode[] = [];
      const u = flatten(asList(l), out);
      return u ? derived(u, c.range) : list(out, c.range);
    },
  },
  distinct: { arity: [1], fn: ([l], c) => list(distinct(asList(l)), c.range) },
  compact: { arity: [1], fn: ([l], c) => list(asList(l).filter((x) => !isNull(x) && !(x.t === 'scalar' && x.value === '')), c.range) },
  coalesce: {
    unknowns: 'any',
    fn: (args, c) => {
      for (const a of args) {
        if (a.t === 'unknown') return derived(a, c.range);
        if (!isNull(a) && !(a.t === 'scalar' && a.value === '')) return a;
      }
      throw new EvalError('no non-null, non-empty-string arguments');
    },
  },
  coalescelist: {
    unknowns: 'any',
    fn: (args, c) => {
      for (const a of args) {
        if (a.t === 'unknown') return derived(a, c.range);
        if (asList(a, 'each argument').length) return a;
      }
      throw new EvalError('no non-empty list arguments');
    },
  },
  tolist: { arity: [1], unknowns: 'shallow', fn: ([v], c) => (isNull(v) ? v : list(elements(v), c.range)) },
  toset: { arity: [1], fn: ([v], c) => (isNull(v) ? v : list(asSet(elements(v)), c.range)) },
  tomap: { arity: [1], unknowns: 'shallow', fn: ([v], c) => (isNull(v) ? v : obj(asObject(v), c.range)) },
  tobool: { arity: [1], fn: ([v], c) => (isNull(v) ? v : scalar(asBool(v), c.range)) },
  tonumber: { arity: [1], fn: ([v], c) => (isNull(v) ? v : scalar(asNumber(v), c.range)) },
  zipmap: {
    arity: [2],
    unknowns: 'any',
    fn: ([k, v], c) => {
      const u = firstUnknown(k) ?? (v.t === 'unknown' ? v : undefined);
      if (u) return derived(u, c.range);
      const ks = asList(k, 'keys');
      const vs = asList(v, 'values');
      if (ks.length !== vs.length) throw new EvalError('keys and values must have the same length');
      const attrs: Record<string, TfNode> = {};
      ks.forEach((x, i) => (attrs[asString(x, 'key')] = vs[i]));
      return obj(attrs, c.range);
    },
  },
  slice: {
    arity: [3],
    unknowns: 'shallow',
    fn: ([l, a, b], c) => {
      const items = asList(l);
      const s = asNumber(a);
      const e = asNumber(b);
      if (s < 0 || e > items.length || s > e) throw new EvalError(`invalid slice [${s}:${e}] of a list of ${items.length}`);
      return list(items.slice(s, e), c.range);
    },
  },
  sort: {
    arity: [1],
    fn: ([l], c) => list(asList(l).map((x) => scalar(asString(x), x.range)).sort(cmp), c.range),
  },
  reverse: { arity: [1], unknowns: 'shallow', fn: ([l], c) => list(asList(l).reverse(), c.range) },
  setunion: { arity: [1, Infinity], fn: (args, c) => list(asSet(args.flatMap((a) => elements(a))), c.range) },
  setintersection: {
    arity: [1, Infinity],
    fn: ([first, ...rest], c) => list(asSet(elements(first).filter((x) => rest.every((r) => elements(r).some((y) => equal(x, y))))), c.range),
  },
  setsubtract: { arity: [2], fn: ([a, b], c) => list(asSet(elements(a).filter((x) => !elements(b).some((y) => equal(x, y)))), c.range) },
  setproduct: {
    arity: [1, Infinity],
    fn: (args, c) => {
      let acc: TfNode[][] = [[]];
      for (const a of args) {
        acc = acc.flatMap((p) => elements(a).map((x) => [...p, x]));
        if (acc.length > 10_000) throw new EvalError('the product has more than 10000 elements');
      }
      return list(args.length ? acc.map((p) => list(p, c.range)) : [], c.range);
    },
  },
  one: {
    arity: [1],
    unknowns: 'shallow',
    fn: ([l], c) => {
      const items = elements(l);
      if (items.length > 1) throw new EvalError(`must be a list of at most one element, got ${items.length}`);
      return items[0] ?? scalar(null, c.range);
    },
  },
  alltrue: { arity: [1], fn: ([l], c) => scalar(asList(l).every((x) => asBool(x)), c.range) },
  anytrue: { arity: [1], fn: ([l], c) => scalar(asList(l).some((x) => asBool(x)), c.range) },
  chunklist: {
    arity: [2],
    unknowns: 'shallow',
    fn: ([l, n], c) => {
      const items = asList(l);
      const size = asNumber(n);
      if (size <= 0) return list([list(items, c.range)], c.range);
      const out: TfNode[] = [];
      for (let i = 0; i < items.length; i += size) out.push(list(items.slice(i, i + size), c.range));
      return list(out, c.range);
    },
  },
  type: { arity: [1], unknowns: 'any', fn: ([v], c) => scalar(typeName(v), c.range) },
};
