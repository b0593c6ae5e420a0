import type { Resource } from '../model/core/index.js';

/** Strings longer than this are left alone: rarely equal between resources, and costly to hash. */
const MAX_INTERNED_LENGTH = 2048;
/** Bounded tables: an inventory of unique ARNs must not grow them without end. */
const MAX_STRINGS = 500_000;
const MAX_PROVENANCES = 4_000_000;

/**
 * Shares what many resources hold equal copies of: strings (API call names, policy ARNs, account ids,
 * status words, defaults' reasons) and live-API provenance records (`{kind: 'api', call, account,
 * region}`, equal for every value one call returned). Resources parsed from JSON (the store, AWS Config
 * snapshots, inventory exports) each get their own copies; in a million-resource inventory those copies
 * are most of the heap. Resources are compacted in place: only equal values are swapped, so nothing a
 * reader can see changes. Frozen objects (shared already by the collectors) are left as they are.
 */
export class ResourceCompactor {
  private readonly strings = new Map<string, string>();
  /** call -> region -> account -> the shared record ('' for an absent region or account). */
  private readonly provenances = new Map<string, Map<string, Map<string, object>>>();
  private provenanceCount = 0;

  compact(r: Resource): void {
    this.visit(r as unknown as Record<string, unknown>, true);
  }

  private intern(s: string): string {
    if (s.length > MAX_INTERNED_LENGTH) return s;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    if (this.strings.size < MAX_STRINGS) this.strings.set(s, s);
    return s;
  }

  /** One shared record per (call, account, region); other provenance kinds carry per-value positions. */
  private provenance(p: Record<string, unknown>): object | undefined {
    if (p['kind'] !== 'api' || typeof p['call'] !== 'string') return undefined;
    for (const k in p) if (k !== 'kind' && k !== 'call' && k !== 'account' && k !== 'region') return undefined;
    const account = p['account'];
    const region = p['region'];
    if ((account !== undefined && typeof account !== 'string') || (region !== undefined && typeof region !== 'string')) return undefined;
    // Few calls and regions, many accounts: accounts are the innermost level, so there are few maps.
    let byRegion = this.provenances.get(p['call']);
    if (!byRegion) this.provenances.set(p['call'], (byRegion = new Map()));
    let byAccount = byRegion.get(region ?? '');
    if (!byAccount) byRegion.set(region ?? '', (byAccount = new Map()));
    const hit = byAccount.get(account ?? '');
    if (hit) return hit;
    if (!Object.isFrozen(p)) for (const k in p) p[k] = this.intern(p[k] as string);
    if (this.provenanceCount < MAX_PROVENANCES) {
      byAccount.set(account ?? '', p);
      this.provenanceCount++;
    }
    return p;
  }

  private visit(o: Record<string, unknown> | unknown[], top = false): void {
    if (Object.isFrozen(o)) return;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) o[i] = this.value(o[i]);
      return;
    }
    for (const k in o) {
      // A resource's uid is unique by definition: interning it would only fill the table.
      if (top && k === 'uid') continue;
      o[k] = this.value(o[k]);
    }
  }

  private value(v: unknown): unknown {
    if (typeof v === 'string') return this.intern(v);
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      this.visit(v);
      return v;
    }
    const o = v as Record<string, unknown>;
    const provenance = this.provenance(o);
    if (provenance) return provenance;
    this.visit(o);
    return o;
  }
}
