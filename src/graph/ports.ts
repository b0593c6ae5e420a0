/**
 * TCP port sets as sorted, disjoint inclusive intervals: what a security group admits from the internet, what a
 * NACL lets through, and their intersection. UDP and ICMP are left out on purpose: the attack paths the graph
 * reports start with a TCP service (SSH, RDP, databases, web servers).
 */
export type PortSet = readonly (readonly [number, number])[];

export const ALL_PORTS: PortSet = [[0, 65535]];

/** Normalizes a list of intervals into a sorted, disjoint set. */
export function normalize(list: readonly (readonly [number, number])[]): PortSet {
  const sorted = list.filter(([a, b]) => a <= b).map(([a, b]) => [Math.max(0, a), Math.min(65535, b)] as const).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function union(a: PortSet, b: PortSet): PortSet {
  return normalize([...a, ...b]);
}

export function intersect(a: PortSet, b: PortSet): PortSet {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (lo <= hi) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** `a` without `b`. */
export function subtract(a: PortSet, b: PortSet): PortSet {
  let rest: [number, number][] = a.map(([x, y]) => [x, y]);
  for (const [lo, hi] of b) {
    const next: [number, number][] = [];
    for (const [x, y] of rest) {
      if (hi < x || lo > y) next.push([x, y]);
      else {
        if (x < lo) next.push([x, lo - 1]);
        if (hi < y) next.push([hi + 1, y]);
      }
    }
    rest = next;
  }
  return rest;
}

export function isEmpty(s: PortSet): boolean {
  return s.length === 0;
}

export function contains(s: PortSet, port: number): boolean {
  return s.some(([a, b]) => port >= a && port <= b);
}

export function formatPorts(s: PortSet): string {
  if (s.length === 1 && s[0]![0] === 0 && s[0]![1] === 65535) return 'all TCP ports';
  return s.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
}

/** The TCP ports a rule with this protocol and range covers (`-1`/`all` protocols and absent ports mean all). */
export function tcpPortsOf(protocol: string, from: number | undefined, to: number | undefined): PortSet {
  const p = protocol.toLowerCase();
  if (p === '-1' || p === 'all') return ALL_PORTS;
  if (p !== 'tcp' && p !== '6') return [];
  if (from === undefined || to === undefined || from < 0 || to < 0) return ALL_PORTS;
  return normalize([[from, to]]);
}

/** Ports whose exposure to the internet is itself an attack surface: remote administration and databases. */
export const ADMIN_PORTS: readonly number[] = [22, 23, 3389, 5985, 5986, 5900, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 2375, 2376, 10250];
