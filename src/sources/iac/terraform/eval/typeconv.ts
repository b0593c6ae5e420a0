import type { Expr } from '../hcl/index.js';
import type { TfNode } from '../instance.js';
import { evalExpr } from './expr.js';
import type { Scope } from './scope.js';
import { list, numToString, obj, scalar } from './values.js';

/**
 * Converts a variable's value to its declared `type` the way Terraform does for the common cases:
 * primitives (strings ↔ numbers ↔ bools), list/set/map/tuple/object element conversion and
 * `optional(type, default)` attributes. A value that does not convert is kept as given (rules then see
 * the raw value rather than a guess).
 */
export function convert(v: TfNode, type: Expr | undefined, scope: Scope): TfNode {
  if (!type || v.t === 'unknown' || (v.t === 'scalar' && v.value === null)) return v;
  if (type.type === 'variable') {
    if (v.t !== 'scalar') return v;
    const x = v.value;
    switch (type.name) {
      case 'string':
        return typeof x === 'number' ? scalar(numToString(x), v.range) : typeof x === 'boolean' ? scalar(String(x), v.range) : v;
      case 'number':
        return typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x)) ? scalar(Number(x), v.range) : v;
      case 'bool':
        return x === 'true' || x === 'false' ? scalar(x === 'true', v.range) : v;
      default:
        return v;
    }
  }
  if (type.type !== 'call') return v;
  const [a0] = type.args;
  switch (type.name) {
    case 'list':
    case 'set':
      if (v.t !== 'list') return v;
      return list(
        v.items.map((i) => convert(i, a0, scope)),
        v.range,
      );
    case 'map':
      if (v.t !== 'object') return v;
      return obj(Object.fromEntries(Object.entries(v.attrs).map(([k, x]) => [k, convert(x, a0, scope)])), v.range);
    case 'tuple':
      if (v.t !== 'list' || a0?.type !== 'tuple') return v;
      return list(
        v.items.map((i, n) => convert(i, (a0 as { items: Expr[] }).items[n], scope)),
        v.range,
      );
    case 'object': {
      if (v.t !== 'object' || a0?.type !== 'object') return v;
      const attrs: Record<string, TfNode> = { ...v.attrs };
      for (const it of a0.items) {
        if (it.key.type !== 'variable') continue;
        const name = it.key.name;
        const t = it.value;
        const isOpt = t.type === 'call' && t.name === 'optional';
        const inner = isOpt ? t.args[0] : t;
        if (name in attrs && !(attrs[name].t === 'scalar' && (attrs[name] as { value: unknown }).value === null && isOpt && t.args[1])) attrs[name] = convert(attrs[name], inner, scope);
        else if (isOpt) attrs[name] = t.args[1] ? convert(evalExpr(t.args[1], scope), inner, scope) : scalar(null, v.range);
      }
      return obj(attrs, v.range);
    }
    default:
      return v;
  }
}

/** True if the declared type is a primitive (or absent): `-var` and `TF_VAR_` strings are then taken literally. */
export function isPrimitiveType(type: Expr | undefined): boolean {
  return !type || (type.type === 'variable' && ['string', 'number', 'bool', 'any'].includes(type.name));
}
