import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { defaulted, explicit, unresolvable, type IacProvenance, type Value } from '../../../model/core/index.js';

/**
 * A map of a manifest with its property path and provenance. `node` is undefined when the map is absent;
 * `source` is then the nearest enclosing block that exists, which is where a default points (and a fix goes).
 */
export interface Obj {
  readonly node: YAMLMap | undefined;
  readonly path: string;
  readonly source: IacProvenance;
}

/** A present attribute: its value node (undefined for an empty value) and the provenance of the `key: value` pair. */
interface Attr {
  readonly value: Node | undefined;
  readonly source: IacProvenance;
}

const TEMPLATE = /\{\{.*\}\}/s;

/**
 * The text of a scalar read into a string field. Kubernetes (sigs.k8s.io/yaml) parses YAML 1.1, then turns a
 * bool or number back into its written text when the target field is a string: `namespace: no` is "no".
 */
function scalarText(s: Scalar): string {
  if (typeof s.value === 'string') return s.value;
  return typeof s.source === 'string' && s.source !== '' ? s.source : String(s.value);
}

/** Reads typed values with exact line ranges out of one parsed YAML (or JSON) document. */
export class Reader {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly lc: LineCounter,
    private readonly doc: Document,
  ) {}

  /** Provenance of a source range: 1-based lines, ending at the last non-blank character. */
  range(start: number, end: number, attribute?: string): IacProvenance {
    let last = Math.max(start, end - 1);
    // Block collections end after their trailing newline (and blank lines): step back to content.
    while (last > start && /\s/.test(this.text[last] ?? '')) last--;
    const s = this.lc.linePos(start);
    const e = this.lc.linePos(last);
    const p: IacProvenance = { kind: 'iac', file: this.file, startLine: s.line, endLine: Math.max(s.line, e.line), startColumn: s.col };
    return attribute ? { ...p, attribute } : p;
  }

  private nodeSource(n: Node, path: string): IacProvenance {
    const r = n.range ?? [0, 0, 0];
    return this.range(r[0], r[1], path || undefined);
  }

  resolve(n: unknown): Node | undefined {
    let cur = n;
    for (let i = 0; i < 16 && isAlias(cur); i++) cur = cur.resolve(this.doc);
    return isAlias(cur) ? undefined : ((cur ?? undefined) as Node | undefined);
  }

  /** The document's top-level map as an Obj. */
  root(node: YAMLMap): Obj {
    return { node, path: '', source: this.nodeSource(node, '') };
  }

  /** An item of a `List` (or the document itself) as a root object. */
  rootOf(node: YAMLMap, path: string): Obj {
    return { node, path, source: this.nodeSource(node, path) };
  }

  private join(base: string, key: string): string {
    return base ? `${base}.${key}` : key;
  }

  /** The pair of `key` in a map, following `<<` merge keys. */
  private pair(map: YAMLMap, key: string, depth = 0): Pair | undefined {
    for (const p of map.items) {
      const k = this.resolve(p.key);
      if (isScalar(k) && scalarText(k) === key) return p as Pair;
    }
    if (depth > 4) return undefined;
    for (const p of map.items) {
      if (!this.isMergeKey(p.key)) continue;
      const v = this.resolve(p.value);
      const sources = isSeq(v) ? v.items.map((i) => this.resolve(i)) : [v];
      for (const m of sources) if (isMap(m)) {
        const found = this.pair(m, key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** A YAML 1.1 merge key (`<<: *anchor`); the parser gives it a symbol value. */
  private isMergeKey(key: unknown): boolean {
    const k = this.resolve(key);
    return isScalar(k) && (typeof k.value === 'symbol' || k.value === '<<');
  }

  /** Key/value pairs of a map with `<<` merges applied (written keys win over merged ones). */
  private entries(map: YAMLMap, depth = 0): Map<string, Node | undefined> {
    const out = new Map<string, Node | undefined>();
    for (const p of map.items) {
      if (this.isMergeKey(p.key)) {
        if (depth > 4) continue;
        const v = this.resolve(p.value);
        for (const m of isSeq(v) ? v.items.map((i) => this.resolve(i)) : [v]) {
          if (isMap(m)) for (const [k, val] of this.entries(m, depth + 1)) if (!out.has(k)) out.set(k, val);
        }
        continue;
      }
      const k = this.resolve(p.key);
      if (isScalar(k)) out.set(scalarText(k), this.resolve(p.value));
      else out.set('\u0000non-scalar key', undefined);
    }
    return out;
  }

  attr(o: Obj, key: string): Attr | undefined {
    if (!o.node) return undefined;
    const p = this.pair(o.node, key);
    if (!p) return undefined;
    const k = this.resolve(p.key);
    const v = this.resolve(p.value);
    const start = k?.range?.[0] ?? v?.range?.[0] ?? 0;
    const end = (p.value as Node | null)?.range?.[1] ?? v?.range?.[1] ?? k?.range?.[1] ?? start;
    const value = isScalar(v) && (v.value === null || v.value === undefined) ? undefined : v;
    return { value, source: this.range(start, Math.max(end, start), this.join(o.path, key)) };
  }

  /** A child map; absent (or not a map) keeps the parent's provenance. */
  sub(o: Obj, key: string): Obj {
    const a = this.attr(o, key);
    const path = this.join(o.path, key);
    // The block's provenance starts at its key line, where a missing attribute would be added.
    if (a && isMap(a.value)) return { node: a.value, path, source: a.source };
    return { node: undefined, path, source: o.source };
  }

  /** The map items of a list attribute, each with its own provenance (`containers[0]`). */
  list(o: Obj, key: string): Obj[] {
    const a = this.attr(o, key);
    if (!a || !isSeq(a.value)) return [];
    const out: Obj[] = [];
    a.value.items.forEach((item, i) => {
      const m = this.resolve(item);
      if (isMap(m)) {
        const path = `${this.join(o.path, key)}[${i}]`;
        out.push({ node: m, path, source: this.nodeSource(m, path) });
      }
    });
    return out;
  }

  /** Whether the attribute is present with a non-null value. */
  has(o: Obj, key: string): boolean {
    return this.attr(o, key)?.value !== undefined;
  }

  /** A scalar of the expected JS type, or why not. */
  private scalar<T>(o: Obj, key: string, want: (x: unknown) => x is T, what: string, def: T): Value<T> {
    const a = this.attr(o, key);
    if (!a || a.value === undefined) return defaulted(def, o.source);
    if (!isScalar(a.value)) return unresolvable(`${a.source.attribute} is not a ${what}`, a.source);
    const v = a.value.value;
    if (want(v)) return explicit(v, a.source);
    if (typeof v === 'string' && TEMPLATE.test(v)) return unresolvable(`${a.source.attribute} is a template expression (${v.trim()})`, a.source);
    return unresolvable(`${a.source.attribute} is not a ${what}: ${String(v)}`, a.source);
  }

  bool(o: Obj, key: string, def: boolean): Value<boolean> {
    return this.scalar(o, key, (x): x is boolean => typeof x === 'boolean', 'boolean', def);
  }

  optBool(o: Obj, key: string): Value<boolean | null> {
    return this.scalar(o, key, (x): x is boolean | null => typeof x === 'boolean', 'boolean', null);
  }

  int(o: Obj, key: string): Value<number | null> {
    return this.scalar(o, key, (x): x is number | null => typeof x === 'number' && Number.isInteger(x), 'integer', null);
  }

  str(o: Obj, key: string, def: string): Value<string> {
    const v = this.optStr(o, key);
    return v.kind === 'default' ? defaulted(def, o.source) : (v as Value<string>);
  }

  /** A string; a bool or number written unquoted is kept as its text (`cpu: 1`, `namespace: no`). */
  optStr(o: Obj, key: string): Value<string | null> {
    const a = this.attr(o, key);
    if (!a || a.value === undefined) return defaulted(null, o.source);
    if (!isScalar(a.value)) return unresolvable(`${a.source.attribute} is not a string`, a.source);
    const text = scalarText(a.value);
    if (TEMPLATE.test(text)) return unresolvable(`${a.source.attribute} is a template expression (${text.trim()})`, a.source);
    return explicit(text, a.source);
  }

  /** A list of strings; absent is an empty list. */
  strings(o: Obj, key: string): Value<readonly string[]> {
    const a = this.attr(o, key);
    if (!a || a.value === undefined) return defaulted([], o.source);
    if (!isSeq(a.value)) return unresolvable(`${a.source.attribute} is not a list`, a.source);
    const out: string[] = [];
    for (const item of a.value.items) {
      const s = this.resolve(item);
      if (!isScalar(s) || s.value === null) return unresolvable(`${a.source.attribute} holds a non-string item`, a.source);
      const text = scalarText(s);
      if (TEMPLATE.test(text)) return unresolvable(`${a.source.attribute} holds a template expression`, a.source);
      out.push(text);
    }
    return explicit(out, a.source);
  }

  /** A string-to-string map (labels, annotations, selectors); absent is empty. */
  stringMap(o: Obj, key: string): Value<Readonly<Record<string, string>>> {
    const a = this.attr(o, key);
    if (!a || a.value === undefined) return defaulted({}, o.source);
    if (!isMap(a.value)) return unresolvable(`${a.source.attribute} is not a map`, a.source);
    const out: Record<string, string> = {};
    for (const [k, v] of this.entries(a.value)) {
      if (k.startsWith('\u0000') || (v !== undefined && !isScalar(v))) return unresolvable(`${a.source.attribute} holds a non-scalar entry`, a.source);
      const text = v === undefined || v.value === null ? '' : scalarText(v);
      if (TEMPLATE.test(text) || TEMPLATE.test(k)) return unresolvable(`${a.source.attribute} holds a template expression`, a.source);
      out[k] = text;
    }
    return explicit(out, a.source);
  }
}
