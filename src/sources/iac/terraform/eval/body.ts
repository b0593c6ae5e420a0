import type { Attribute, Block, Body, Expr } from '../hcl/index.js';
import type { TfNode, TfObjectNode, TfRange } from '../instance.js';
import { evalExpr, iterate, tfRange } from './expr.js';
import type { Scope } from './scope.js';
import { withNames } from './scope.js';
import { asString, EvalError, obj, relocate, unknown } from './values.js';

/** Meta-arguments that configure Terraform itself, not the resource: they are not part of the body's value. */
export const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

/** Evaluates an expression; a configuration mistake becomes an unknown whose reason is the message. */
export function safeEval(e: Expr, scope: Scope): TfNode {
  try {
    return evalExpr(e, scope);
  } catch (err) {
    if (err instanceof EvalError) return unknown(err.message, tfRange(scope.file, e.range));
    throw err;
  }
}

/** An attribute's value; values read through references get the attribute's range (the line a finding shows). */
export function evalAttribute(a: Attribute, scope: Scope): TfNode {
  return relocate(safeEval(a.expr, scope), tfRange(scope.file, a.range));
}

export function findAttr(body: Body, name: string): Attribute | undefined {
  for (const it of body.items) if (it.kind === 'attribute' && it.name === name) return it;
  return undefined;
}

/**
 * A block body as an object: attributes by name, nested blocks as `list` (block: true) of objects per
 * block type (even for one block, as plan JSON has it), `dynamic` blocks expanded in place.
 */
export function evalBody(body: Body, scope: Scope, range: TfRange, skip: ReadonlySet<string> = RESOURCE_META): TfObjectNode {
  const attrs: Record<string, TfNode> = {};
  const blocks = new Map<string, { items: TfNode[]; first: TfRange; last: TfRange }>();
  const add = (type: string, item: TfNode): void => {
    const g = blocks.get(type);
    if (g) {
      g.items.push(item);
      g.last = item.range;
    } else blocks.set(type, { items: [item], first: item.range, last: item.range });
  };
  for (const it of body.items) {
    if (skip.has(it.kind === 'attribute' ? it.name : it.type)) continue;
    if (it.kind === 'attribute') attrs[it.name] = evalAttribute(it, scope);
    else if (it.type === 'dynamic' && it.labels.length === 1) for (const item of expandDynamic(it, scope)) add(it.labels[0], item);
    else add(it.type, evalBody(it.body, scope, tfRange(scope.file, it.range), NO_SKIP));
  }
  for (const [type, g] of blocks) {
    if (type in attrs) continue;
    attrs[type] = { t: 'list', block: true, items: g.items, range: { file: g.first.file, startLine: g.first.startLine, startColumn: g.first.startColumn, endLine: g.last.endLine } };
  }
  return obj(attrs, range) as TfObjectNode;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** `dynamic "x" { for_each = …  iterator = it  content { … } }` → one `x` block per element. */
function expandDynamic(b: Block, scope: Scope): TfNode[] {
  const label = b.labels[0];
  const range = tfRange(scope.file, b.range);
  const content = b.body.items.find((i): i is Block => i.kind === 'block' && i.type === 'content');
  if (!content) return [];
  const iterAttr = findAttr(b.body, 'iterator');
  const iter = iterAttr?.expr.type === 'variable' ? iterAttr.expr.name : label;
  const feAttr = findAttr(b.body, 'for_each');
  const coll = feAttr ? safeEval(feAttr.expr, scope) : unknown('dynamic block without for_each', range);
  const one = (key: TfNode, value: TfNode): TfNode => evalBody(content.body, withNames(scope, { [iter]: obj({ key, value }, range) }), range, NO_SKIP);
  if (coll.t === 'unknown') {
    // Like Checkov: an unknown collection still yields one block, so its literal settings are checked.
    const u = unknown(coll.reason, range);
    return [one(u, u)];
  }
  if (coll.t === 'scalar' && coll.value === null) return [];
  try {
    return iterate(coll).map(([k, v]) => one(k, v));
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
    return [one(unknown(err.message, range), unknown(err.message, range))];
  }
}

/** A literal string attribute (e.g. a module `source`), or undefined. */
export function literalString(body: Body, name: string, scope: Scope): string | undefined {
  const a = findAttr(body, name);
  if (!a) return undefined;
  const v = safeEval(a.expr, scope);
  try {
    return v.t === 'scalar' && v.value !== null ? asString(v) : undefined;
  } catch {
    return undefined;
  }
}
