import type { IacProvenance, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, unresolvable } from '../../../../model/core/index.js';
import type { PolicyDocument } from '../../../../model/aws/policy.js';
import type { TfNode, TfObjectNode, TfRange, TfResourceInstance } from '../instance.js';
import { rangeProv } from './prov.js';

/** What a scope needs from the adapter context: reference resolution. */
export interface ScopeHost {
  refValue(node: TfNode, from: TfResourceInstance, types: readonly string[], literalAttrs: readonly string[], attribute: string): Value<string>;
  /** A policy document from JSON text, an object, or a reference to a policy document data source. */
  policyOf(node: TfNode, from: TfResourceInstance, attribute: string): Value<PolicyDocument | null>;
}

/** A node converted to plain JS, or why it could not be (an unknown inside it). */
export type JsResult = { ok: true; value: unknown } | { ok: false; reason: string; range: TfRange };

/** Converts a node to plain JSON-like JS. Block lists become arrays of objects, as in plan JSON. */
export function toJs(node: TfNode): JsResult {
  switch (node.t) {
    case 'scalar':
      return { ok: true, value: node.value };
    case 'unknown':
      return { ok: false, reason: node.reason, range: node.range };
    case 'list': {
      const out: unknown[] = [];
      for (const i of node.items) {
        const r = toJs(i);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node.attrs)) {
        const r = toJs(v);
        if (!r.ok) return r;
        out[k] = r.value;
      }
      return { ok: true, value: out };
    }
  }
}

/** Dotted paths split once: adapters read the same few hundred literal paths for every resource. */
const splitPaths = new Map<string, readonly string[]>();
function pathParts(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (!parts) {
    parts = path.split('.');
    // Bounded so that computed paths cannot grow it without limit.
    if (splitPaths.size < 10_000) splitPaths.set(path, parts);
  }
  return parts;
}

function isNull(n: TfNode | undefined): boolean {
  return n === undefined || (n.t === 'scalar' && n.value === null);
}

/**
 * Typed reads of one block body (a resource, or a nested block inside it). A missing attribute yields
 * `default` with the block's provenance; an unknown yields `unresolvable` with its reason and range;
 * a present one yields `explicit` with the attribute's own range.
 */
export class Scope {
  constructor(
    readonly host: ScopeHost,
    readonly inst: TfResourceInstance,
    readonly body: TfObjectNode,
    /** Attribute path of this block inside the resource (`''` for the resource itself). */
    readonly base: string,
    readonly blockRange: TfRange,
  ) {}

  /** Provenance of the block (where an absent attribute would be written). */
  blockProv(): IacProvenance {
    return (this.cachedBlockProv ??= rangeProv(this.blockRange, this.base || undefined));
  }
  private cachedBlockProv: IacProvenance | undefined;

  private full(path: string): string {
    return this.base ? `${this.base}.${path}` : path;
  }

  /** The node at a dotted path; nested blocks are entered at their first item. Undefined when absent or null. */
  node(path: string): TfNode | undefined {
    let cur: TfNode | undefined = this.body;
    for (const part of pathParts(path)) {
      if (cur === undefined) return undefined;
      if (cur.t === 'unknown') return cur;
      // Nested blocks are lists of objects (one item for a single block): read through the first.
      if (cur.t === 'list') cur = cur.items[0];
      if (cur === undefined) return undefined;
      if (cur.t === 'unknown') return cur;
      if (cur.t !== 'object') return undefined;
      cur = cur.attrs[part];
    }
    if (cur?.t === 'list' && cur.block && cur.items.length === 0) return undefined;
    return isNull(cur) ? undefined : cur;
  }

  has(path: string): boolean {
    return this.node(path) !== undefined;
  }

  prov(node: TfNode, path: string): IacProvenance {
    return rangeProv(node.range, this.full(path));
  }

  private absent<T>(path: string, def: T | undefined, reason: string | undefined): Value<T> {
    if (def === undefined) return unresolvable(reason ?? `${this.full(path)} is not set`, this.blockProv());
    return defaulted(def, this.blockProv(), reason);
  }

  /** Reads a value through a converter; `undefined` from the converter means a type mismatch. */
  read<T>(path: string, def: T | undefined, reason: string | undefined, conv: (n: TfNode) => T | undefined): Value<T> {
    const n = this.node(path);
    if (n === undefined) return this.absent(path, def, reason);
    if (n.t === 'unknown') return unresolvable(n.reason, this.prov(n, path));
    const v = conv(n);
    if (v === undefined) return unresolvable(`${this.full(path)} has an unexpected type (${n.t})`, this.prov(n, path));
    return explicit(v, this.prov(n, path));
  }

  str(path: string, def?: string, reason?: string): Value<string> {
    return this.read(path, def, reason, scalarString);
  }

  strOrNull(path: string, reason?: string): Value<string | null> {
    return this.read<string | null>(path, null, reason, scalarString);
  }

  bool(path: string, def?: boolean, reason?: string): Value<boolean> {
    return this.read(path, def, reason, (n) => {
      if (n.t !== 'scalar') return undefined;
      if (typeof n.value === 'boolean') return n.value;
      if (n.value === 'true' || n.value === 'false') return n.value === 'true';
      return undefined;
    });
  }

  num(path: string, def?: number, reason?: string): Value<number> {
    return this.read(path, def, reason, scalarNumber);
  }

  numOrNull(path: string, reason?: string): Value<number | null> {
    return this.read<number | null>(path, null, reason, scalarNumber);
  }

  strList(path: string, def: readonly string[] = [], reason?: string): Value<readonly string[]> {
    const n = this.node(path);
    if (n === undefined) return this.absent(path, def, reason);
    if (n.t === 'unknown') return unresolvable(n.reason, this.prov(n, path));
    const items = n.t === 'list' ? n.items : [n];
    const out: string[] = [];
    for (const i of items) {
      if (i.t === 'unknown') return unresolvable(i.reason, rangeProv(i.range, this.full(path)));
      const s = scalarString(i);
      if (s === undefined) return unresolvable(`${this.full(path)} has a non-string element`, this.prov(i, path));
      out.push(s);
    }
    return explicit(out, this.prov(n, path));
  }

  stringMap(path: string): Value<Readonly<Record<string, string>>> {
    const n = this.node(path);
    if (n === undefined) return this.absent(path, {}, undefined);
    if (n.t === 'unknown') return unresolvable(n.reason, this.prov(n, path));
    if (n.t !== 'object') return unresolvable(`${this.full(path)} is not a map`, this.prov(n, path));
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(n.attrs)) {
      if (v.t === 'unknown') return unresolvable(v.reason, this.prov(v, `${path}.${k}`));
      const s = scalarString(v);
      if (s !== undefined) out[k] = s;
    }
    return explicit(out, this.prov(n, path));
  }

  /** A reference to another resource: the target's uid (by reference or literal), else the literal. */
  ref(path: string, types: readonly string[], literalAttrs: readonly string[], def?: string, reason?: string): Value<string> {
    const n = this.node(path);
    if (n === undefined) return this.absent(path, def, reason);
    return this.host.refValue(n, this.inst, types, literalAttrs, this.full(path));
  }

  refOrNull(path: string, types: readonly string[], literalAttrs: readonly string[], reason?: string): Value<string | null> {
    const n = this.node(path);
    if (n === undefined) return defaulted(null, this.blockProv(), reason);
    return this.host.refValue(n, this.inst, types, literalAttrs, this.full(path));
  }

  /** A list of references (security group ids, subnet ids): uids where they resolve. */
  refList(path: string, types: readonly string[], literalAttrs: readonly string[], def: readonly string[] = [], reason?: string): Value<readonly string[]> {
    const n = this.node(path);
    if (n === undefined) return this.absent(path, def, reason);
    // A whole-list unknown that is one reference (plan JSON `[aws_security_group.a.id]`) is that one item.
    if (n.t === 'unknown' && !n.ref) return unresolvable(n.reason, this.prov(n, path));
    const out: string[] = [];
    for (const i of n.t === 'list' ? n.items : [n]) {
      const v = this.host.refValue(i, this.inst, types, literalAttrs, this.full(path));
      if (v.kind === 'unresolvable' || v.value === undefined) return unresolvable(v.reason ?? 'reference not known', this.prov(i, path));
      out.push(v.value);
    }
    return explicit(out, this.prov(n, path));
  }

  /** A policy document (JSON string from jsonencode, a heredoc or a data source), null when absent. */
  policy(path: string, reason?: string): Value<PolicyDocument | null> {
    const n = this.node(path);
    if (n === undefined || (n.t === 'scalar' && n.value === '')) return defaulted(null, this.blockProv(), reason);
    return this.policyOf(n, path);
  }

  /** A policy that must be present (a trust policy, an inline policy). */
  requiredPolicy(path: string): Value<PolicyDocument> {
    const n = this.node(path);
    if (n === undefined) return unresolvable(`${this.full(path)} is not set`, this.blockProv());
    const v = this.policyOf(n, path);
    return v.value === null ? unresolvable(`${this.full(path)} is empty`, v.source) : (v as Value<PolicyDocument>);
  }

  private policyOf(n: TfNode, path: string): Value<PolicyDocument | null> {
    return this.host.policyOf(n, this.inst, this.full(path));
  }

  /**
   * The items of a nested block (or list of objects) as scopes; `unresolvable` when the list itself is
   * unknown (a `dynamic` block over an unknown collection). Empty when absent.
   */
  blocks(path: string): Scope[] | Value<never> {
    const n = this.node(path);
    if (n === undefined) return [];
    if (n.t === 'unknown') return unresolvable(n.reason, this.prov(n, path));
    const items = n.t === 'list' ? n.items : [n];
    const out: Scope[] = [];
    for (const [i, item] of items.entries()) {
      if (item.t === 'unknown') return unresolvable(item.reason, this.prov(item, path));
      if (item.t === 'object') out.push(new Scope(this.host, this.inst, item, `${this.full(path)}[${i}]`, item.range));
    }
    return out;
  }

  /** The first item of a nested block as a scope, undefined when absent, unresolvable when unknown. */
  block(path: string): Scope | undefined | Value<never> {
    const b = this.blocks(path);
    return Array.isArray(b) ? b[0] : b;
  }
}

/** Terraform converts between primitive types freely: numbers and bools are valid strings. */
export function scalarString(n: TfNode): string | undefined {
  if (n.t !== 'scalar' || n.value === null) return undefined;
  return String(n.value);
}

function scalarNumber(n: TfNode): number | undefined {
  if (n.t !== 'scalar') return undefined;
  if (typeof n.value === 'number') return n.value;
  if (typeof n.value === 'string' && n.value.trim() !== '' && !Number.isNaN(Number(n.value))) return Number(n.value);
  return undefined;
}

/** Narrows `blocks()`/`block()` results. */
export function isUnresolved(x: unknown): x is Value<never> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Scope) && (x as { kind?: unknown }).kind === 'unresolvable';
}
