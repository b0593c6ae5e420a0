import type { TfNode, TfRange, TfRef } from './instance.js';
import type { LineIndex, PJson } from './json-positions.js';

/**
 * Converts positioned JSON (`terraform show -json` output) into TfNodes,
 * marking `after_unknown` values as unknown and attaching references found in the plan's
 * `configuration` section, so the HCL adapters apply unchanged.
 */
export class PlanNodeBuilder {
  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
  ) {}

  /** Range from one offset to another (one past the last character). */
  range(start: number, end: number): TfRange {
    const a = this.lines.pos(start);
    const b = this.lines.pos(Math.max(start, end - 1));
    return { file: this.file, startLine: a.line, endLine: b.line, startColumn: a.col };
  }

  nodeRange(v: PJson): TfRange {
    return this.range(v.start, v.end);
  }

  /**
   * `value` is the positioned value (absent when only after_unknown names it); `unknown` is the
   * matching part of after_unknown; `expr` the matching part of the configuration expressions.
   */
  build(value: PJson | undefined, unknown: unknown, expr: unknown, where: TfRange): TfNode {
    if (unknown === true) return this.unknownNode(expr, where);
    if (value?.k === 'obj') {
      const attrs: Record<string, TfNode> = {};
      const uk = asRecord(unknown);
      const ex = asRecord(expr);
      for (const { key, keyStart, value: v } of value.entries) {
        if (this.computedOnly(uk?.[key], ex, key)) continue;
        // Under a configured object, an attribute the configuration does not set is entirely computed.
        attrs[key] = this.build(v, uk?.[key], ex && !(key in ex) ? {} : ex?.[key], this.range(keyStart, v.end));
      }
      for (const [key, u] of Object.entries(uk ?? {})) {
        if (!(key in attrs) && u === true && !this.computedOnly(u, ex, key)) attrs[key] = this.unknownNode(ex?.[key], where);
      }
      return { t: 'object', attrs, range: this.nodeRange(value) };
    }
    if (value?.k === 'arr') {
      const uk = Array.isArray(unknown) ? unknown : [];
      const ex: unknown[] = Array.isArray(expr) ? expr : [];
      const itemExpr = (i: number): unknown => (Array.isArray(expr) ? (ex[i] ?? ex[0]) : isEmptyObject(expr) ? {} : undefined);
      const items = value.items.map((it, i) => this.build(it, uk[i], itemExpr(i), this.nodeRange(it)));
      // JSON does not say which lists are nested blocks: lists of objects are, and an empty list is
      // treated as an absent block (state renders `logging: []` for a bucket without logging).
      const block = items.every((i) => i.t === 'object');
      return block ? { t: 'list', items, range: this.nodeRange(value), block } : { t: 'list', items, range: this.nodeRange(value) };
    }
    return { t: 'scalar', value: value?.value ?? null, range: where };
  }

  /**
   * An attribute unknown in the plan that the configuration does not set is computed by the provider
   * from what AWS reports, which for a resource being created is AWS's default: it is treated as
   * absent so adapters apply that default (a v4 bucket's `versioning` is unknown in every plan).
   * Without the enclosing configuration expressions nothing is dropped.
   */
  private computedOnly(unknown: unknown, ex: Record<string, unknown> | undefined, key: string): boolean {
    return unknown === true && ex !== undefined && !(key in ex);
  }

  /** An unknown; a list of references in config becomes a list of unknowns, one per referenced resource. */
  private unknownNode(expr: unknown, range: TfRange): TfNode {
    const refs = referencesOf(expr);
    if (refs.length === 1) return { t: 'unknown', reason: `${refs[0]!.address}.${refs[0]!.attribute} is known only after apply`, ref: refs[0]!, range };
    if (refs.length > 1 && Array.isArray(asRecord(expr)?.['references'])) {
      const items: TfNode[] = refs.map((ref) => ({ t: 'unknown', reason: `${ref.address}.${ref.attribute} is known only after apply`, ref, range }));
      return { t: 'list', items, range };
    }
    return { t: 'unknown', reason: 'known only after apply', range };
  }
}

function isEmptyObject(x: unknown): boolean {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0;
}

function asRecord(x: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(x)) return asRecord(x[0]);
  return x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : undefined;
}

/**
 * Resource-attribute references of a configuration expression: `aws_s3_bucket.b.id` and
 * `aws_s3_bucket.b[0].id` give `{address, attribute}`; a bare `aws_s3_bucket.b` is implied by them.
 * Each referenced resource is listed once.
 */
export function referencesOf(expr: unknown): TfRef[] {
  const refs = asRecord(expr)?.['references'];
  if (!Array.isArray(refs)) return [];
  const out: TfRef[] = [];
  const seen = new Set<string>();
  for (const r of refs) {
    if (typeof r !== 'string') continue;
    const m = /^((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]+\])?)\.([A-Za-z0-9_.]+)$/.exec(r);
    if (!m || r.startsWith('var.') || r.startsWith('local.') || r.startsWith('module.') || r.startsWith('each.') || r.startsWith('count.')) continue;
    const address = m[1]!;
    if (seen.has(address)) continue;
    seen.add(address);
    out.push({ address, attribute: m[2]! });
  }
  return out;
}
