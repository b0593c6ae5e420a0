import type { TfNode } from '../../instance.js';
import { asList, asNumber, asString, EvalError, list, scalar } from '../values.js';
import type { FunctionTable } from './types.js';

const num = (n: TfNode, w?: string): number => asNumber(n, w);

interface Cidr {
  readonly addr: bigint;
  readonly prefix: number;
  readonly bits: 32 | 128;
}

function parseIp(s: string): { addr: bigint; bits: 32 | 128 } {
  if (s.includes(':')) {
    const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) throw new EvalError(`invalid IP address "${s}"`);
    return { addr: groups.reduce((a, g) => (a << 16n) | BigInt(parseInt(g, 16)), 0n), bits: 128 };
  }
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new EvalError(`invalid IP address "${s}"`);
  return { addr: parts.reduce((a, p) => (a << 8n) | BigInt(Number(p)), 0n), bits: 32 };
}

function parseCidr(s: string): Cidr {
  const [ip, p] = s.split('/');
  const { addr, bits } = parseIp(ip);
  const prefix = Number(p);
  if (p === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw new EvalError(`invalid CIDR "${s}"`);
  const host = (1n << BigInt(bits - prefix)) - 1n;
  return { addr: addr & ~host, prefix, bits };
}

function formatIp(addr: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const g = Array.from({ length: 8 }, (_x, i) => ((addr >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let len = 0;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > len && j - i > 1) {
      best = i;
      len = j - i;
    }
  }
  if (best < 0) return g.join(':');
  return `${g.slice(0, best).join(':')}::${g.slice(best + len).join(':')}`;
}

function subnet(c: Cidr, newbits: number, netnum: number): Cidr {
  const prefix = c.prefix + newbits;
  if (prefix > c.bits) throw new EvalError(`not enough address space to extend the prefix by ${newbits} bits`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) throw new EvalError(`netnum ${netnum} does not fit in ${newbits} bits`);
  return { addr: c.addr | (BigInt(netnum) << BigInt(c.bits - prefix)), prefix, bits: c.bits };
}

export const numericFunctions: FunctionTable = {
  min: { arity: [1, Infinity], fn: (a, c) => scalar(Math.min(...a.map((x) => num(x))), c.range) },
  max: { arity: [1, Infinity], fn: (a, c) => scalar(Math.max(...a.map((x) => num(x))), c.range) },
  abs: { arity: [1], fn: ([x], c) => scalar(Math.abs(num(x)), c.range) },
  ceil: { arity: [1], fn: ([x], c) => scalar(Math.ceil(num(x)), c.range) },
  floor: { arity: [1], fn: ([x], c) => scalar(Math.floor(num(x)), c.range) },
  signum: { arity: [1], fn: ([x], c) => scalar(Math.sign(num(x)), c.range) },
  pow: { arity: [2], fn: ([x, y], c) => scalar(num(x) ** num(y), c.range) },
  log: { arity: [2], fn: ([x, b], c) => scalar(Math.log(num(x)) / Math.log(num(b)), c.range) },
  parseint: {
    arity: [2],
    fn: ([s, b], c) => {
      const base = num(b);
      const v = parseInt(asString(s), base);
      if (Number.isNaN(v) || !new RegExp(`^[-+]?[0-9a-z]+$`, 'i').test(asString(s))) throw new EvalError(`cannot parse "${asString(s)}" as a base ${base} integer`);
      return scalar(v, c.range);
    },
  },
  sum: {
    arity: [1],
    fn: ([l], c) => {
      const items = asList(l);
      if (!items.length) throw new EvalError('cannot sum an empty list');
      return scalar(items.reduce((a, x) => a + num(x), 0), c.range);
    },
  },
  range: {
    arity: [1, 3],
    fn: (a, c) => {
      const [start, limit, step] = a.length === 1 ? [0, num(a[0]), 1] : [num(a[0]), num(a[1]), a[2] ? num(a[2]) : num(a[0]) <= num(a[1]) ? 1 : -1];
      if (step === 0) throw new EvalError('step must not be zero');
      const out: TfNode[] = [];
      for (let i = start; step > 0 ? i < limit : i > limit; i += step) {
        out.push(scalar(i, c.range));
        if (out.length > 1024) throw new EvalError('more than 1024 elements');
      }
      return list(out, c.range);
    },
  },
  cidrsubnet: {
    arity: [3],
    fn: ([p, nb, nn], c) => {
      const s = subnet(parseCidr(asString(p)), num(nb), num(nn));
      return scalar(`${formatIp(s.addr, s.bits)}/${s.prefix}`, c.range);
    },
  },
  cidrsubnets: {
    arity: [1, Infinity],
    fn: ([p, ...nbs], c) => {
      const base = parseCidr(asString(p));
      let next = base.addr;
      const out: TfNode[] = [];
      for (const nbNode of nbs) {
        const prefix = base.prefix + num(nbNode);
        if (prefix > base.bits) throw new EvalError('not enough address space');
        const size = 1n << BigInt(base.bits - prefix);
        next = ((next + size - 1n) / size) * size;
        if (next + size - 1n > (base.addr | ((1n << BigInt(base.bits - base.prefix)) - 1n))) throw new EvalError('not enough address space');
        out.push(scalar(`${formatIp(next, base.bits)}/${prefix}`, c.range));
        next += size;
      }
      return list(out, c.range);
    },
  },
  cidrhost: {
    arity: [2],
    fn: ([p, h], c) => {
      const cidr = parseCidr(asString(p));
      const n = num(h);
      const size = 1n << BigInt(cidr.bits - cidr.prefix);
      const off = n < 0 ? size + BigInt(n) : BigInt(n);
      if (off < 0n || off >= size) throw new EvalError(`host number ${n} does not fit in ${asString(p)}`);
      return scalar(formatIp(cidr.addr + off, cidr.bits), c.range);
    },
  },
  cidrnetmask: {
    arity: [1],
    fn: ([p], c) => {
      const cidr = parseCidr(asString(p));
      if (cidr.bits !== 32) throw new EvalError('only IPv4 prefixes have a netmask');
      return scalar(formatIp(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - cidr.prefix)) - 1n), 32), c.range);
    },
  },
};
