import { defaulted, explicit, unresolvable, type IacProvenance, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import type { AdaptContext, ResolvedResource } from './context.js';

/** A conversion from a resolved node to a model value, or the reason it failed. */
export type Conv<T> = (n: CfnNode, ctx: AdaptContext) => { ok: true; value: T } | { ok: false; reason: string };

/** Where a property path leads: nowhere, to a node, or into an unknown. */
export type Lookup =
  | { state: 'absent' }
  | { state: 'node'; node: CfnNode }
  /** `final` when the unknown is the value at the path itself, not a map above it. */
  | { state: 'unknown'; node: CfnNode; reason: string; final: boolean };

/** Follows a dotted path through resolved maps (`a.b.c`). */
export function lookup(root: CfnNode | undefined, path: string): Lookup {
  let n = root;
  for (const key of path === '' ? [] : path.split('.')) {
    if (n === undefined) return { state: 'absent' };
    if (n.t === 'unknown') return { state: 'unknown', node: n, reason: n.reason, final: false };
    if (n.t === 'scalar' && n.value === null) return { state: 'absent' };
    if (n.t === 'list' && /^\d+$/.test(key)) {
      n = n.items[Number(key)];
      continue;
    }
    if (n.t !== 'map') return { state: 'unknown', node: n, reason: `expected a map above ${key}`, final: false };
    n = n.entries.get(key);
  }
  if (n === undefined || (n.t === 'scalar' && n.value === null)) return { state: 'absent' };
  if (n.t === 'unknown') return { state: 'unknown', node: n, reason: n.reason, final: true };
  return { state: 'node', node: n };
}

/** The node at `path` (known or unknown), or undefined when absent. */
export function nodeAt(root: CfnNode | undefined, path: string): CfnNode | undefined {
  const l = lookup(root, path);
  return l.state === 'absent' ? undefined : l.node;
}

/** What to produce for an absent property: AWS's default, or unresolvable (known only after deploy). */
export type Absent<T> = { readonly value: T; readonly reason?: string } | { readonly unresolvable: string };

/** Reads typed values off one resource's resolved properties. */
export class Reader {
  /** Where defaults point: the resource block, or the list item a sub-reader reads. */
  readonly block: IacProvenance;
  constructor(readonly ctx: AdaptContext, readonly r: ResolvedResource, readonly root: CfnNode = r.props, block?: IacProvenance) {
    this.block = block ?? ctx.prov(r.range);
  }

  /** A reader over a nested node; with `ownBlock`, defaults point at that node (an item with its own provenance). */
  sub(node: CfnNode, ownBlock = false): Reader {
    return new Reader(this.ctx, this.r, node, ownBlock ? this.ctx.prov(node.range) : this.block);
  }

  at(path: string): Lookup {
    return lookup(this.root, path);
  }

  has(path: string): boolean {
    return this.at(path).state !== 'absent';
  }

  prov(n: CfnNode, path?: string): IacProvenance {
    return this.ctx.prov(n.range, path);
  }

  /** The value at `path`: explicit when written, `absent` when not, unresolvable when unknown. */
  get<T>(path: string, conv: Conv<T>, absent: Absent<T>): Value<T> {
    const l = this.at(path);
    if (l.state === 'absent') return this.absent(absent);
    if (l.state === 'unknown') {
      // A reference to a resource of the template is known enough for a relation (toRef turns it into a uid).
      const c = l.final && l.node.t === 'unknown' && l.node.ref ? conv(l.node, this.ctx) : undefined;
      return c?.ok ? explicit(c.value, this.prov(l.node, path)) : unresolvable(l.reason, this.prov(l.node, path));
    }
    const c = conv(l.node, this.ctx);
    if (c.ok) return explicit(c.value, this.prov(l.node, path));
    const dynamic = l.node.t === 'scalar' && typeof l.node.value === 'string' && l.node.value.includes('{{resolve:');
    return unresolvable(dynamic ? `${path} is a dynamic reference ({{resolve:...}}) read at deploy` : `${path}: ${c.reason}`, this.prov(l.node, path));
  }

  absent<T>(a: Absent<T>): Value<T> {
    return 'unresolvable' in a ? unresolvable(a.unresolvable, this.block) : defaulted(a.value, this.block, a.reason);
  }

  bool(path: string, def: boolean, reason?: string): Value<boolean> {
    return this.get(path, toBool, { value: def, ...(reason ? { reason } : {}) });
  }
  str(path: string, absent: Absent<string>): Value<string> {
    return this.get(path, toStr, absent);
  }
  strOrNull(path: string, def: string | null = null): Value<string | null> {
    return this.get<string | null>(path, toStr, { value: def });
  }
  num(path: string, absent: Absent<number>): Value<number> {
    return this.get(path, toNum, absent);
  }
  /** A relation: a resource of the template (as its uid) or a literal id / ARN. */
  ref(path: string, absent: Absent<string | null>): Value<string | null> {
    return this.get<string | null>(path, toRef, absent);
  }
  refs(path: string, absent: Absent<readonly string[]> = { value: [] }): Value<readonly string[]> {
    return this.get(path, listOf(toRef), absent);
  }
  strs(path: string, absent: Absent<readonly string[]> = { value: [] }): Value<readonly string[]> {
    return this.get(path, listOf(toStr), absent);
  }
}

/** `true` / `false`, also as the strings CloudFormation accepts for booleans. */
export const toBool: Conv<boolean> = (n) => {
  if (n.t === 'scalar') {
    if (typeof n.value === 'boolean') return { ok: true, value: n.value };
    const s = String(n.value).toLowerCase();
    if (s === 'true' || s === 'false') return { ok: true, value: s === 'true' };
  }
  return { ok: false, reason: 'expected a boolean' };
};

/** Any scalar as a string (CloudFormation passes numbers and booleans through as text). */
export const toStr: Conv<string> = (n) =>
  n.t === 'scalar' && n.value !== null ? { ok: true, value: String(n.value) } : { ok: false, reason: 'expected a string' };

/** A number, or a numeric string. */
export const toNum: Conv<number> = (n) => {
  const v = n.t === 'scalar' ? Number(n.value) : NaN;
  return n.t === 'scalar' && n.value !== '' && n.value !== null && Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'expected a number' };
};

/** A resource reference becomes the target's uid; a literal stays as written. */
export const toRef: Conv<string> = (n, ctx) => {
  if (n.t === 'unknown') {
    if (n.ref && ctx.byId(n.ref.logicalId)) return { ok: true, value: ctx.uid(n.ref.logicalId) };
    return { ok: false, reason: n.reason };
  }
  return toStr(n, ctx);
};

/** A list of items converted one by one; any unknown item makes the whole list unresolvable. */
export function listOf<T>(item: Conv<T>): Conv<readonly T[]> {
  return (n, ctx) => {
    if (n.t !== 'list') return { ok: false, reason: 'expected a list' };
    const out: T[] = [];
    for (const i of n.items) {
      const c = item(i, ctx);
      if (!c.ok) return c;
      out.push(c.value);
    }
    return { ok: true, value: out };
  };
}

/** The logical id a node refers to (Ref / Fn::GetAtt to a resource of the template), else undefined. */
export function refTarget(n: CfnNode | undefined): string | undefined {
  return n?.t === 'unknown' ? n.ref?.logicalId : undefined;
}

/** CloudFormation `Tags` (a list of Key/Value maps, or a plain map for some types). */
export function tagsOf(rd: Reader, path = 'Tags'): Value<Readonly<Record<string, string>>> {
  return rd.get<Readonly<Record<string, string>>>(
    path,
    (n) => {
      const out: Record<string, string> = {};
      if (n.t === 'map') {
        for (const [k, v] of n.entries) if (v.t === 'scalar') out[k] = String(v.value);
        return { ok: true, value: out };
      }
      if (n.t !== 'list') return { ok: false, reason: 'expected a list of tags' };
      for (const t of n.items) {
        const k = lookup(t, 'Key'), v = lookup(t, 'Value');
        if (k.state !== 'node' || k.node.t !== 'scalar') continue;
        out[String(k.node.value)] = v.state === 'node' && v.node.t === 'scalar' ? String(v.node.value ?? '') : '';
      }
      return { ok: true, value: out };
    },
    { value: {} },
  );
}
