import type { Expr, SrcRange, TemplatePart } from '../hcl/index.js';
import type { TfNode, TfRange } from '../instance.js';
import { callFunction } from './functions/index.js';
import { templatePlaceholder } from './opaque.js';
import type { Scope, Step } from './scope.js';
import { withNames } from './scope.js';
import { asBool, asNumber, asString, derived, equal, EvalError, firstUnknown, instanceOf, list, obj, scalar, typeName, unknown } from './values.js';
import type { Unknown } from './values.js';

export function tfRange(file: string, r: SrcRange): TfRange {
  return { file, startLine: r.startLine, endLine: r.endLine, startColumn: r.startColumn };
}

/**
 * Evaluates an expression to a value. Values not knowable before apply are `unknown` nodes; mistakes in
 * the configuration (wrong types, undeclared names) throw EvalError, which `try`/`can` catch and callers
 * turn into an unknown with the message as reason.
 */
export function evalExpr(e: Expr, scope: Scope): TfNode {
  const range = tfRange(scope.file, e.range);
  switch (e.type) {
    case 'literal':
      return scalar(e.value, range);
    case 'template':
      return evalTemplate(e.parts, scope, range);
    case 'parens':
      return evalExpr(e.inner, scope);
    case 'variable':
    case 'getattr':
    case 'index':
      return evalTraversal(e, scope, range);
    case 'anchor':
      return scope.names.get('\u0000anchor') ?? scalar(null, range);
    case 'splat':
      return evalSplat(e.source, e.each, scope, range);
    case 'call':
      return evalCall(e, scope, range);
    case 'tuple':
      return expandList(
        e.items.map((i) => evalExpr(i, scope)),
        range,
      );
    case 'object': {
      const attrs: Record<string, TfNode> = {};
      for (const it of e.items) {
        const key = it.key.type === 'variable' ? it.key.name : keyString(evalExpr(it.key, scope));
        if (key === undefined) return unknown('an object key is unknown', range);
        attrs[key] = evalExpr(it.value, scope);
      }
      return obj(attrs, range);
    }
    case 'unary': {
      const v = evalExpr(e.operand, scope);
      if (v.t === 'unknown') return derived(v, range);
      return e.op === '!' ? scalar(!asBool(v, 'operand of !'), range) : scalar(-asNumber(v, 'operand of -'), range);
    }
    case 'binary':
      return evalBinary(e.op, e.left, e.right, scope, range);
    case 'conditional': {
      const c = evalExpr(e.cond, scope);
      if (c.t === 'unknown') {
        const a = evalExpr(e.then, scope);
        const b = evalExpr(e.else, scope);
        return !firstUnknown(a) && !firstUnknown(b) && equal(a, b) ? a : derived(c, range);
      }
      return asBool(c, 'condition') ? evalExpr(e.then, scope) : evalExpr(e.else, scope);
    }
    case 'for':
      return evalFor(e, scope, range);
  }
}

function expandList(items: TfNode[], range: TfRange): TfNode {
  return list(items, range);
}

function keyString(k: TfNode): string | undefined {
  if (k.t === 'unknown') return undefined;
  return asString(k, 'object key');
}

function evalTemplate(parts: TemplatePart[], scope: Scope, range: TfRange): TfNode {
  // A template that is exactly one interpolation yields the value itself, not a string (HCL spec).
  if (parts.length === 1 && parts[0].kind === 'interp') return evalExpr(parts[0].expr, scope);
  const out = renderParts(parts, scope);
  return typeof out === 'string' ? scalar(out, range) : derived(out, range);
}

/** Renders template parts; `prefix` is the text rendered before them (directive bodies nest). */
function renderParts(parts: TemplatePart[], scope: Scope, prefix = ''): string | Unknown {
  let s = '';
  for (const p of parts) {
    if (p.kind === 'lit') s += p.value;
    else if (p.kind === 'interp') {
      const v = evalExpr(p.expr, scope);
      if (v.t === 'unknown') {
        // A computed identifier inside a larger string (`"${aws_s3_bucket.b.arn}/*"`) is written as its
        // placeholder (see opaque.ts); any other unknown makes the whole string unknown.
        const text = templatePlaceholder(v, prefix + s);
        if (text === undefined) return v;
        s += text;
        continue;
      }
      if (v.t === 'scalar' && v.value === null) throw new EvalError('cannot interpolate a null value into a string');
      s += asString(v, 'interpolated value');
    } else if (p.kind === 'if') {
      const c = evalExpr(p.cond, scope);
      if (c.t === 'unknown') return c;
      const r = renderParts(asBool(c, '%{if} condition') ? p.then : p.else, scope, prefix + s);
      if (typeof r !== 'string') return r;
      s += r;
    } else {
      const coll = evalExpr(p.coll, scope);
      if (coll.t === 'unknown') return coll;
      for (const [k, v] of iterate(coll)) {
        const r = renderParts(p.body, withNames(scope, p.keyVar ? { [p.keyVar]: k, [p.valVar]: v } : { [p.valVar]: v }), prefix + s);
        if (typeof r !== 'string') return r;
        s += r;
      }
    }
  }
  return s;
}

/** Key/value pairs of a collection: list index → item, object key → value (keys sorted, as Terraform does). */
export function iterate(coll: TfNode): [TfNode, TfNode][] {
  if (coll.t === 'list') return coll.items.map((v, i) => [scalar(i, v.range), v]);
  if (coll.t === 'object') return Object.keys(coll.attrs).sort().map((k) => [scalar(k, coll.attrs[k].range), coll.attrs[k]]);
  throw new EvalError(`cannot iterate over ${typeName(coll)}`);
}

function evalTraversal(e: Expr, scope: Scope, range: TfRange): TfNode {
  const steps: Step[] = [];
  let cur = e;
  for (;;) {
    if (cur.type === 'getattr') steps.unshift({ kind: 'attr', name: cur.name });
    else if (cur.type === 'index') steps.unshift({ kind: 'index', key: evalExpr(cur.key, scope) });
    else break;
    cur = (cur as { obj: Expr }).obj;
  }
  let value: TfNode;
  let rest: Step[];
  if (cur.type === 'variable') {
    const local = scope.names.get(cur.name);
    if (local) {
      value = local;
      rest = steps;
    } else {
      const r = scope.resolver.resolve(cur.name, steps, range);
      value = r.value;
      rest = steps.slice(r.consumed);
    }
  } else {
    value = evalExpr(cur, scope);
    rest = steps;
  }
  for (const s of rest) value = applyStep(value, s, range);
  return value;
}

/** `.name` or `[key]` on a value; unknowns stay unknown and keep extending their reference path. */
export function applyStep(v: TfNode, s: Step, range: TfRange): TfNode {
  if (v.t === 'unknown') {
    if (!v.ref) return v;
    if (s.kind === 'attr') {
      const attribute = v.ref.attribute ? `${v.ref.attribute}.${s.name}` : s.name;
      return unknown(v.ref.attribute ? v.reason : `${v.ref.address}.${attribute} is known only after apply`, v.range, { address: v.ref.address, attribute });
    }
    if (s.key.t === 'unknown') return unknown(v.reason, v.range);
    const k = s.key.t === 'scalar' && typeof s.key.value === 'string' ? JSON.stringify(s.key.value) : asString(s.key, 'index');
    return v.ref.attribute ? unknown(v.reason, v.range, { address: v.ref.address, attribute: `${v.ref.attribute}[${k}]` }) : unknown(v.reason, v.range, { address: `${v.ref.address}[${k}]`, attribute: '' });
  }
  if (s.kind === 'attr') {
    if (v.t === 'object') {
      if (s.name in v.attrs) return v.attrs[s.name];
      const addr = instanceOf(v);
      if (addr !== undefined) return unknown(`${addr}.${s.name} is known only after apply`, range, { address: addr, attribute: s.name });
      throw new EvalError(`this object has no attribute "${s.name}"`);
    }
    throw new EvalError(`cannot read attribute "${s.name}" of a ${typeName(v)}`);
  }
  const key = s.key;
  if (key.t === 'unknown') return derived(key, range);
  if (v.t === 'list') {
    const i = asNumber(key, 'list index');
    if (!Number.isInteger(i) || i < 0 || i >= v.items.length) throw new EvalError(`index ${i} is out of range for a list of ${v.items.length} elements`);
    return v.items[i];
  }
  if (v.t === 'object') {
    const k = asString(key, 'map key');
    if (k in v.attrs) return v.attrs[k];
    throw new EvalError(`the map has no element with key "${k}"`);
  }
  throw new EvalError(`cannot index a ${typeName(v)}`);
}

function evalSplat(source: Expr, each: Expr, scope: Scope, range: TfRange): TfNode {
  const src = evalExpr(source, scope);
  if (src.t === 'unknown') return src.ref ? applySplatUnknown(src, each, scope) : src;
  // A splat on a single non-list value treats it as a one-element list; null gives an empty list.
  const items = src.t === 'list' ? src.items : src.t === 'scalar' && src.value === null ? [] : [src];
  return list(
    items.map((it) => evalExpr(each, withNames(scope, { '\u0000anchor': it }))),
    range,
  );
}

function applySplatUnknown(src: Unknown, each: Expr, scope: Scope): TfNode {
  return evalExpr(each, withNames(scope, { '\u0000anchor': src }));
}

function evalCall(e: Extract<Expr, { type: 'call' }>, scope: Scope, range: TfRange): TfNode {
  if (e.name === 'try' || e.name === 'can') {
    for (const a of e.args) {
      try {
        const v = evalExpr(a, scope);
        if (e.name === 'can') return v.t === 'unknown' ? derived(v, range) : scalar(true, range);
        return v;
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
    }
    if (e.name === 'can') return scalar(false, range);
    throw new EvalError('try: no argument could be evaluated without an error');
  }
  let args = e.args.map((a) => evalExpr(a, scope));
  if (e.expandFinal && args.length) {
    const last = args[args.length - 1];
    if (last.t === 'unknown') return derived(last, range);
    args = [...args.slice(0, -1), ...(last.t === 'list' ? last.items : Object.values(asObjectOrThrow(last)))];
  }
  return callFunction(e.name, args, { range, moduleDir: scope.resolver.moduleDir, scope, evaluate: evalExpr });
}

function asObjectOrThrow(n: TfNode): Record<string, TfNode> {
  if (n.t === 'object') return n.attrs as Record<string, TfNode>;
  throw new EvalError(`cannot expand a ${typeName(n)} into arguments`);
}

function evalBinary(op: string, le: Expr, re: Expr, scope: Scope, range: TfRange): TfNode {
  const l = evalExpr(le, scope);
  if (op === '&&' || op === '||') {
    // Short-circuit refinement: `false && x` is false and `true || x` is true even when x is unknown.
    if (l.t !== 'unknown' && asBool(l, `left operand of ${op}`) === (op === '||')) return scalar(op === '||', range);
    const r = evalExpr(re, scope);
    if (r.t !== 'unknown' && asBool(r, `right operand of ${op}`) === (op === '||')) return scalar(op === '||', range);
    if (l.t === 'unknown') return derived(l, range);
    if (r.t === 'unknown') return derived(r, range);
    return scalar(op === '&&', range);
  }
  const r = evalExpr(re, scope);
  if (op === '==' || op === '!=') {
    const u = firstUnknown(l) ?? firstUnknown(r);
    if (u) return derived(u, range);
    return scalar(equal(l, r) === (op === '=='), range);
  }
  if (l.t === 'unknown') return derived(l, range);
  if (r.t === 'unknown') return derived(r, range);
  const a = asNumber(l, `left operand of ${op}`);
  const b = asNumber(r, `right operand of ${op}`);
  switch (op) {
    case '+':
      return scalar(a + b, range);
    case '-':
      return scalar(a - b, range);
    case '*':
      return scalar(a * b, range);
    case '/':
      if (b === 0) throw new EvalError('division by zero');
      return scalar(a / b, range);
    case '%':
      if (b === 0) throw new EvalError('modulo by zero');
      return scalar(a % b, range);
    case '<':
      return scalar(a < b, range);
    case '<=':
      return scalar(a <= b, range);
    case '>':
      return scalar(a > b, range);
    default:
      return scalar(a >= b, range);
  }
}

function evalFor(e: Extract<Expr, { type: 'for' }>, scope: Scope, range: TfRange): TfNode {
  const coll = evalExpr(e.coll, scope);
  if (coll.t === 'unknown') return derived(coll, range);
  const items: TfNode[] = [];
  const attrs: Record<string, TfNode> = {};
  const groups: Record<string, TfNode[]> = {};
  for (const [k, v] of iterate(coll)) {
    const inner = withNames(scope, e.keyVar ? { [e.keyVar]: k, [e.valVar]: v } : { [e.valVar]: v });
    if (e.cond) {
      const c = evalExpr(e.cond, inner);
      if (c.t === 'unknown') return derived(c, range);
      if (!asBool(c, 'for expression condition')) continue;
    }
    const val = evalExpr(e.valExpr, inner);
    if (!e.keyExpr) {
      items.push(val);
      continue;
    }
    const key = evalExpr(e.keyExpr, inner);
    if (key.t === 'unknown') return derived(key, range);
    const ks = asString(key, 'for expression key');
    if (e.group) (groups[ks] ??= []).push(val);
    else if (ks in attrs) throw new EvalError(`duplicate key "${ks}" in for expression (use ... to group)`);
    else attrs[ks] = val;
  }
  if (!e.keyExpr) return list(items, range);
  if (e.group) for (const [k, vs] of Object.entries(groups)) attrs[k] = list(vs, range);
  return obj(attrs, range);
}
