import type { TfNode } from '../../instance.js';
import { asList, asNumber, asString, EvalError, list, numToString, scalar, typeName, unknown } from '../values.js';
import type { FunctionTable } from './types.js';

const str = (n: TfNode, what?: string): string => asString(n, what);

/** Terraform's `format` verbs: %s %d %f %q %v %t %%, with width/precision. */
export function format(fmt: string, args: TfNode[]): string {
  let i = 0;
  return fmt.replace(/%(?:\[(\d+)\])?([-+ #0]*)(\d+)?(?:\.(\d+))?([sdfqvtbxXoeEgG%])/g, (_m, pos: string | undefined, flags: string, width: string | undefined, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    if (pos) i = Number(pos) - 1;
    if (i >= args.length) throw new EvalError(`not enough arguments for format string "${fmt}"`);
    const a = args[i++];
    let s: string;
    switch (verb) {
      case 'd':
        s = String(Math.trunc(asNumber(a)));
        break;
      case 'f':
      case 'e':
      case 'E':
      case 'g':
      case 'G': {
        const n = asNumber(a);
        s = verb === 'f' ? n.toFixed(prec ? Number(prec) : 6) : verb.toLowerCase() === 'e' ? n.toExponential(prec ? Number(prec) : 6) : String(n);
        if (verb === 'E' || verb === 'G') s = s.toUpperCase();
        break;
      }
      case 'x':
      case 'X':
      case 'o':
      case 'b':
        s = Math.trunc(asNumber(a)).toString(verb === 'o' ? 8 : verb === 'b' ? 2 : 16);
        if (verb === 'X') s = s.toUpperCase();
        break;
      case 'q':
        s = JSON.stringify(str(a));
        break;
      case 't':
        if (a.t !== 'scalar' || typeof a.value !== 'boolean') throw new EvalError(`%t needs a bool, got ${typeName(a)}`);
        s = String(a.value);
        break;
      case 'v':
        s = a.t === 'scalar' ? (a.value === null ? 'null' : str(a)) : JSON.stringify(a.t === 'list' ? a.items.map((x) => (x.t === 'scalar' ? x.value : null)) : '...');
        break;
      default:
        s = str(a);
        if (prec) s = s.slice(0, Number(prec));
    }
    if (flags.includes('+') && /^[0-9]/.test(s) && 'dfeg'.includes(verb.toLowerCase())) s = '+' + s;
    if (width && s.length < Number(width)) s = flags.includes('-') ? s.padEnd(Number(width)) : s.padStart(Number(width), flags.includes('0') ? '0' : ' ');
    return s;
  });
}

function toRegExp(pattern: string, flags = ''): RegExp {
  // RE2 syntax is close to JavaScript's for common patterns; named groups `(?P<n>…)` need translating.
  return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags + 'u');
}

const charsOf = (s: string): string[] => [...s];

export const stringFunctions: FunctionTable = {
  format: { arity: [1, Infinity], fn: ([f, ...a], c) => scalar(format(str(f), a), c.range) },
  formatlist: {
    arity: [1, Infinity],
    fn: ([f, ...a], c) => {
      const lens = a.filter((x) => x.t === 'list').map((x) => asList(x).length);
      if (new Set(lens).size > 1) throw new EvalError('all list arguments must have the same length');
      const n = lens.length ? lens[0] : 1;
      const out: TfNode[] = [];
      for (let i = 0; i < n; i++) out.push(scalar(format(str(f), a.map((x) => (x.t === 'list' ? x.items[i] : x))), c.range));
      return list(out, c.range);
    },
  },
  join: {
    arity: [2, Infinity],
    fn: ([sep, ...ls], c) => scalar(ls.flatMap((l) => asList(l).map((x) => str(x))).join(str(sep)), c.range),
  },
  split: { arity: [2], fn: ([sep, s], c) => list((str(s) === '' ? [] : str(s).split(str(sep))).map((x) => scalar(x, c.range)), c.range) },
  replace: {
    arity: [3],
    fn: ([s, sub, rep], c) => {
      const p = str(sub);
      const m = /^\/(.*)\/$/s.exec(p);
      const r = str(rep).replace(/\$\{?(\w+)\}?/g, (_x, g: string) => `$<${g}>`.replace(/^\$<(\d+)>$/, '$$$1'));
      return scalar(m ? str(s).replace(toRegExp(m[1], 'g'), r) : str(s).split(p).join(str(rep)), c.range);
    },
  },
  lower: { arity: [1], fn: ([s], c) => scalar(str(s).toLowerCase(), c.range) },
  upper: { arity: [1], fn: ([s], c) => scalar(str(s).toUpperCase(), c.range) },
  title: { arity: [1], fn: ([s], c) => scalar(str(s).replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()), c.range) },
  trimspace: { arity: [1], fn: ([s], c) => scalar(str(s).trim(), c.range) },
  trim: {
    arity: [2],
    fn: ([s, cut], c) => {
      const set = new Set(charsOf(str(cut)));
      const cs = charsOf(str(s));
      let a = 0;
      let b = cs.length;
      while (a < b && set.has(cs[a])) a++;
      while (b > a && set.has(cs[b - 1])) b--;
      return scalar(cs.slice(a, b).join(''), c.range);
    },
  },
  trimprefix: { arity: [2], fn: ([s, p], c) => scalar(str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s), c.range) },
  trimsuffix: { arity: [2], fn: ([s, p], c) => scalar(str(p) && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s), c.range) },
  substr: {
    arity: [3],
    fn: ([s, off, len], c) => {
      const cs = charsOf(str(s));
      let o = asNumber(off);
      if (o < 0) o = Math.max(0, cs.length + o);
      const l = asNumber(len);
      return scalar(cs.slice(o, l < 0 ? undefined : o + l).join(''), c.range);
    },
  },
  startswith: { arity: [2], fn: ([s, p], c) => scalar(str(s).startsWith(str(p)), c.range) },
  endswith: { arity: [2], fn: ([s, p], c) => scalar(str(s).endsWith(str(p)), c.range) },
  strcontains: { arity: [2], fn: ([s, p], c) => scalar(str(s).includes(str(p)), c.range) },
  strrev: { arity: [1], fn: ([s], c) => scalar(charsOf(str(s)).reverse().join(''), c.range) },
  indent: { arity: [2], fn: ([n, s], c) => scalar(str(s).replace(/\n/g, '\n' + ' '.repeat(asNumber(n))), c.range) },
  chomp: { arity: [1], fn: ([s], c) => scalar(str(s).replace(/(\r?\n)+$/, ''), c.range) },
  tostring: {
    arity: [1],
    // tostring of a string is the value itself: a reference keeps its `ref` (for joins and placeholders).
    unknowns: 'any',
    fn: ([v], c) => {
      if (v.t === 'unknown') return unknown(v.reason, c.range, v.ref);
      if (v.t === 'scalar' && v.value === null) return v;
      if (v.t !== 'scalar') throw new EvalError(`cannot convert ${typeName(v)} to string`);
      return scalar(typeof v.value === 'number' ? numToString(v.value) : String(v.value), c.range);
    },
  },
  regex: {
    arity: [2],
    fn: ([p, s], c) => {
      const m = toRegExp(str(p)).exec(str(s));
      if (!m) throw new EvalError('pattern did not match');
      return regexResult(m, c.range);
    },
  },
  regexall: {
    arity: [2],
    fn: ([p, s], c) => list([...str(s).matchAll(toRegExp(str(p), 'g'))].map((m) => regexResult(m, c.range)), c.range),
  },
};

function regexResult(m: RegExpExecArray | RegExpMatchArray, range: TfNode['range']): TfNode {
  if (m.groups) {
    const attrs: Record<string, TfNode> = {};
    for (const [k, v] of Object.entries(m.groups)) attrs[k] = scalar(v ?? null, range);
    return { t: 'object', attrs, range };
  }
  if (m.length === 1) return scalar(m[0], range);
  return list(m.slice(1).map((x) => scalar(x ?? null, range)), range);
}
