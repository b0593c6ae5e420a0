import type { Baseline, DetectContext, GeoLookup, IpMatcher } from './detection.js';

/**
 * An IP list with CIDR ranges (IPv4 and IPv6), as users keep bad-IP and Tor-exit lists. Entries that are
 * neither an address nor a range are returned by `invalid` so the CLI can name them.
 */
export function ipMatcher(entries: readonly string[]): IpMatcher & { readonly invalid: readonly string[] } {
  const exact = new Set<string>();
  const ranges: { bits: bigint; mask: bigint; v6: boolean }[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const [addr, len] = entry.split('/');
    const parsed = parseIp(addr!);
    if (!parsed) {
      invalid.push(entry);
      continue;
    }
    const width = parsed.v6 ? 128 : 32;
    const prefix = len === undefined ? width : Number(len);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > width) {
      invalid.push(entry);
      continue;
    }
    if (prefix === width) exact.add(canonical(parsed));
    else {
      const mask = ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
      ranges.push({ bits: parsed.value & mask, mask, v6: parsed.v6 });
    }
  }
  const empty = exact.size === 0 && ranges.length === 0;
  return {
    invalid,
    has(ip: string): boolean {
      if (empty) return false;
      const p = parseIp(ip);
      if (!p) return false;
      if (exact.has(canonical(p))) return true;
      return ranges.some((r) => r.v6 === p.v6 && (p.value & r.mask) === r.bits);
    },
  };
}

interface ParsedIp {
  value: bigint;
  v6: boolean;
}

const canonical = (p: ParsedIp) => `${p.v6 ? 6 : 4}:${p.value.toString(16)}`;

/** Logs repeat the same few thousand addresses all day: parse each once. */
const parsed = new Map<string, ParsedIp | null>();

export function parseIp(s: string): ParsedIp | undefined {
  const hit = parsed.get(s);
  if (hit !== undefined) return hit ?? undefined;
  const p = parseIpUncached(s);
  if (parsed.size >= 50_000) parsed.clear();
  parsed.set(s, p ?? null);
  return p;
}

function parseIpUncached(s: string): ParsedIp | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) {
    const parts = s.split('.').map(Number);
    if (parts.some((x) => x > 255)) return undefined;
    return { value: parts.reduce((a, x) => (a << 8n) | BigInt(x), 0n), v6: false };
  }
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const all = halves.length === 2 ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (all.length !== 8 || all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { value: all.reduce((a, g) => (a << 16n) | BigInt(parseInt(g, 16)), 0n), v6: true };
}

/** A context from plain data (the CLI's flags, a test's scenario). */
export function detectContext(input: { badIps?: readonly string[]; knownAccounts?: readonly string[]; usedRegions?: readonly string[]; geo?: GeoLookup; baseline?: Baseline } = {}): DetectContext {
  return {
    badIps: ipMatcher(input.badIps ?? []),
    knownAccounts: new Set(input.knownAccounts ?? []),
    usedRegions: new Set(input.usedRegions ?? []),
    ...(input.geo ? { geo: input.geo } : {}),
    ...(input.baseline ? { baseline: input.baseline } : {}),
  };
}

/** A baseline from `principal -> kind -> values` (tests; the store keeps the real one). */
export function mapBaseline(data: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>): Baseline {
  return {
    knows: (p) => p in data,
    seen: (p, kind, value) => data[p]?.[kind]?.includes(value) ?? false,
  };
}
