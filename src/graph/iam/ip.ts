/**
 * IPv4 and IPv6 addresses and CIDR blocks as bigints, for IpAddress / NotIpAddress. An address without a
 * prefix length is its own /32 or /128. IPv4 and IPv6 never match each other (AWS does not map them).
 */

export interface Cidr {
  readonly v6: boolean;
  readonly network: bigint;
  readonly bits: number;
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseV6(s: string): bigint | undefined {
  let text = s;
  // An embedded IPv4 tail (::ffff:10.0.0.1) becomes two hextets.
  const v4tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4tail) {
    const v4 = parseV4(v4tail[1]!);
    if (v4 === undefined) return undefined;
    text = text.slice(0, -v4tail[1]!.length) + ((v4 >> 16n) & 0xffffn).toString(16) + ':' + (v4 & 0xffffn).toString(16);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

export interface Address {
  readonly v6: boolean;
  readonly value: bigint;
}

export function parseAddress(s: string): Address | undefined {
  const t = s.trim();
  if (t.includes(':')) {
    const value = parseV6(t);
    return value === undefined ? undefined : { v6: true, value };
  }
  const value = parseV4(t);
  return value === undefined ? undefined : { v6: false, value };
}

export function parseCidr(s: string): Cidr | undefined {
  const [addr, prefix, extra] = s.trim().split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const a = parseAddress(addr);
  if (!a) return undefined;
  const width = a.v6 ? 128 : 32;
  const bits = prefix === undefined ? width : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!(bits >= 0 && bits <= width)) return undefined;
  const shift = BigInt(width - bits);
  return { v6: a.v6, network: (a.value >> shift) << shift, bits };
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (cidr.v6 !== address.v6) return false;
  const shift = BigInt((cidr.v6 ? 128 : 32) - cidr.bits);
  return (address.value >> shift) << shift === cidr.network;
}
