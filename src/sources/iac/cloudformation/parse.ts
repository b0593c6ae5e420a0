import { LineCounter, isAlias, type Alias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { InputError } from '../../../shared/errors.js';
import { SHORT_FORMS, cloudFormationTags } from './tags.js';
import { withRange, type CfnNode, type SrcRange } from './node.js';

/** A parsed template root, or the syntax errors (with positions) that stopped it. */
export type ParseResult = { ok: true; root: CfnNode } | { ok: false; errors: InputError[] };

const MAX_DEPTH = 200;
/** Aliases can make a small file expand exponentially ("billion laughs"): cap the nodes a walk may build. */
const MAX_NODES = 500_000;

/**
 * Parses a YAML or JSON template into a CfnNode tree with 1-based line ranges. Never throws: syntax errors
 * (and documents too deep to be a template) come back as InputErrors with positions.
 */
export function parseTemplate(file: string, text: string): ParseResult {
  let first = parseOnce(text);
  // YAML forbids tabs as indentation, but JSON templates are often tab-indented. Turning tabs into spaces
  // keeps every line number (and every column but those inside leading whitespace).
  if (!first.ok && /^\s*\{/.test(text) && text.includes('\t')) {
    const retry = parseOnce(text.replace(/\t/g, ' '));
    if (retry.ok) first = retry;
  }
  if (!first.ok) return { ok: false, errors: first.errors.map((e) => ({ file, ...e })) };
  try {
    return { ok: true, root: new Walker(first.doc, first.lc, text.length).node(first.doc.contents as YamlNode | null, undefined, 0) };
  } catch (e) {
    if (e instanceof WalkError) return { ok: false, errors: [{ file, line: e.line, column: e.column, message: e.message }] };
    throw e;
  }
}

type Once = { ok: true; doc: Document; lc: LineCounter } | { ok: false; errors: Omit<InputError, 'file'>[] };

function parseOnce(text: string): Once {
  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, customTags: cloudFormationTags(), prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (e) {
    return { ok: false, errors: [{ line: 1, column: 1, message: `cannot parse template: ${(e as Error).message}` }] };
  }
  if (doc.errors.length === 0) return { ok: true, doc, lc };
  return {
    ok: false,
    errors: doc.errors.map((e) => {
      const p = lc.linePos(clampToContent(text, e.pos[0]));
      return { line: p.line, column: p.col, message: firstLine(e.message) };
    }),
  };
}

/** An error at end of input points at the last non-blank character, a line that exists in editors. */
function clampToContent(text: string, offset: number): number {
  let o = Math.min(offset, text.length);
  if (o < text.length && text.slice(o).trim() !== '') return o;
  while (o > 0 && /\s/.test(text[o - 1]!)) o--;
  return Math.max(0, o - 1);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

class WalkError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** Turns yaml's AST into CfnNodes; short-form tags become long-form single-key maps. */
class Walker {
  private readonly aliasDepth = new Set<YamlNode>();
  private built = 0;
  private readonly aliasTargets = new Map<Alias, YamlNode | null>();
  private readonly anchored = new Map<YamlNode, { node: CfnNode; size: number }>();
  constructor(private readonly doc: Document, private readonly lc: LineCounter, private readonly len: number) {}

  node(n: YamlNode | null | undefined, pairStart: number | undefined, depth: number): CfnNode {
    if (n === null || n === undefined) {
      const at = this.pos(pairStart ?? 0);
      return { t: 'scalar', value: null, range: { startLine: at.line, endLine: at.line, startColumn: at.col } };
    }
    if (depth > MAX_DEPTH || ++this.built > MAX_NODES) {
      const at = this.pos(n.range?.[0] ?? 0);
      throw new WalkError(depth > MAX_DEPTH ? `template nests deeper than ${MAX_DEPTH} levels` : `template expands to more than ${MAX_NODES} nodes (aliases?)`, at.line, at.col);
    }
    if (isAlias(n)) return this.alias(n, pairStart, depth);
    const range = this.range(n, pairStart);
    const plain = this.plainNode(n, range, depth);
    const tag = n.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const longForm = SHORT_FORMS[tag.slice(1)];
      if (longForm === undefined) {
        const at = this.pos(n.range?.[0] ?? 0);
        throw new WalkError(`unknown tag ${tag}`, at.line, at.col);
      }
      return { t: 'map', entries: new Map([[longForm, this.shortFormArgument(tag, plain)]]), range };
    }
    return plain;
  }

  /**
   * An alias reuses the tree built for its anchor (resolved once: yaml's own lookup scans the document), but
   * its expanded size still counts against MAX_NODES, since resolution and adapters walk every copy.
   */
  private alias(n: Alias, pairStart: number | undefined, depth: number): CfnNode {
    let target = this.aliasTargets.get(n);
    if (target === undefined) {
      target = (n.resolve(this.doc) as YamlNode | undefined) ?? null;
      this.aliasTargets.set(n, target);
    }
    const at = this.pos(n.range?.[0] ?? 0);
    if (!target || this.aliasDepth.has(target)) throw new WalkError(`alias *${n.source} cannot be resolved`, at.line, at.col);
    let built = this.anchored.get(target);
    if (built === undefined) {
      this.aliasDepth.add(target);
      const before = this.built;
      try {
        built = { node: this.node(target, undefined, depth + 1), size: this.built - before };
      } finally {
        this.aliasDepth.delete(target);
      }
      this.anchored.set(target, built);
    } else {
      this.built += built.size;
      if (this.built > MAX_NODES) throw new WalkError(`template expands to more than ${MAX_NODES} nodes (aliases?)`, at.line, at.col);
    }
    return withRange(built.node, this.range(n, pairStart));
  }

  /** `!GetAtt A.B` is the list `[A, B]` in long form; every other short form keeps its argument. */
  private shortFormArgument(tag: string, arg: CfnNode): CfnNode {
    if (tag === '!GetAtt' && arg.t === 'scalar' && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.');
      if (dot > 0) {
        const parts = [arg.value.slice(0, dot), arg.value.slice(dot + 1)];
        return { t: 'list', items: parts.map((value) => ({ t: 'scalar', value, range: arg.range })), range: arg.range };
      }
    }
    return arg;
  }

  private plainNode(n: YamlNode, range: SrcRange, depth: number): CfnNode {
    if (isMap(n)) {
      const entries = new Map<string, CfnNode>();
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const key = p.key as YamlNode | null;
        const keyText = key === null ? '' : isScalar(key) ? String(key.value) : String(key);
        entries.set(keyText, this.node(p.value as YamlNode | null, key?.range?.[0], depth + 1));
      }
      return { t: 'map', entries, range };
    }
    if (isSeq(n)) {
      return { t: 'list', items: n.items.map((i) => this.node(i as YamlNode | null, undefined, depth + 1)), range };
    }
    if (isScalar(n)) {
      const v = n.value;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : typeof v === 'bigint' ? Number(v) : String(v);
      return { t: 'scalar', value, range };
    }
    const at = this.pos(n.range?.[0] ?? 0);
    throw new WalkError('unsupported YAML node', at.line, at.col);
  }

  /** From the key (when the node is a map value) to the last character of the value itself. */
  private range(n: YamlNode, pairStart: number | undefined): SrcRange {
    const start = this.pos(pairStart ?? n.range?.[0] ?? 0);
    const end = this.pos(this.endOffset(n));
    return { startLine: start.line, startColumn: start.col, endLine: Math.max(start.line, end.line) };
  }

  /**
   * yaml's block-collection range runs to the next token (past blank lines and comments), so the end of a
   * block map or sequence is the end of its last item; flow collections and scalars end where they say.
   */
  private endOffset(n: YamlNode): number {
    if ((isMap(n) || isSeq(n)) && !n.flow) {
      const last = n.items[n.items.length - 1];
      if (last !== undefined) {
        const v = isPair(last) ? ((last.value as YamlNode | null) ?? (last.key as YamlNode | null)) : (last as YamlNode | null);
        if (v && v.range) return this.endOffset(v);
      }
    }
    const r = n.range;
    if (!r) return 0;
    return Math.max(r[0], Math.min(r[1], this.len) - 1);
  }

  private pos(offset: number): { line: number; col: number } {
    return this.lc.linePos(Math.max(0, offset));
  }
}
