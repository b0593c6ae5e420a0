import type { Resource } from '../model/core/index.js';
import type { ModelResource, ResourceType } from '../model/types.js';
import type { RuleContext } from '../rules/kit/rule.js';
import { ResourceCompactor } from './compact.js';

/** The scope-index key of every region of an account (no region name contains NUL). */
const ALL_REGIONS = '\u0000';

/**
 * The resources of one scan, indexed for rules: by uid, by type, and lazily by (type, property, uid)
 * for `referencing` look-ups (an instance's security groups, a VPC's flow logs).
 */
export class Inventory {
  private readonly byUid = new Map<string, Resource>();
  private readonly byType = new Map<string, Resource[]>();
  /** type → property → referenced uid → resources (nested maps: no key string is built per look-up). */
  private readonly refIndex = new Map<string, Map<string, Map<string, Resource[]>>>();
  /** type → account → (region → resources, with ALL_REGIONS for every region of the account). */
  private readonly scopeIndex = new Map<string, Map<string, Map<string, Resource[]>>>();

  constructor(resources: Iterable<Resource> = []) {
    for (const r of resources) this.add(r);
  }

  private readonly compactor = new ResourceCompactor();

  add(r: Resource): void {
    this.compactor.compact(r);
    this.byUid.set(r.uid, r);
    let list = this.byType.get(r.type);
    if (!list) this.byType.set(r.type, (list = []));
    list.push(r);
    this.refIndex.clear();
    this.scopeIndex.clear();
  }

  get size(): number {
    return this.byUid.size;
  }

  all(): IterableIterator<Resource> {
    return this.byUid.values();
  }

  get(uid: string): Resource | undefined {
    return this.byUid.get(uid);
  }

  ofType<T extends ResourceType>(type: T): readonly ModelResource<T>[] {
    return (this.byType.get(type) ?? []) as unknown as ModelResource<T>[];
  }

  inAccount<T extends ResourceType>(type: T, account: string | undefined, region?: string): readonly ModelResource<T>[] {
    let idx = this.scopeIndex.get(type);
    if (!idx) {
      idx = new Map();
      const push = (a: string, reg: string, r: Resource) => {
        let regions = idx!.get(a);
        if (!regions) idx!.set(a, (regions = new Map()));
        let l = regions.get(reg);
        if (!l) regions.set(reg, (l = []));
        l.push(r);
      };
      // Each resource is listed under its account (all regions), and under its account and region.
      for (const r of this.byType.get(type) ?? []) {
        push(r.account ?? '', ALL_REGIONS, r);
        if (r.region) push(r.account ?? '', r.region, r);
      }
      this.scopeIndex.set(type, idx);
    }
    return (idx.get(account ?? '')?.get(region ?? ALL_REGIONS) ?? []) as unknown as ModelResource<T>[];
  }

  referencing<T extends ResourceType>(type: T, property: string, uid: string): readonly ModelResource<T>[] {
    let byProperty = this.refIndex.get(type);
    if (!byProperty) this.refIndex.set(type, (byProperty = new Map()));
    let idx = byProperty.get(property);
    if (!idx) {
      idx = new Map();
      for (const r of this.byType.get(type) ?? []) {
        const v = (r.properties as Record<string, { kind?: string; value?: unknown }>)[property];
        if (!v || v.kind === 'unresolvable') continue;
        const targets = Array.isArray(v.value) ? v.value : [v.value];
        for (const t of targets) {
          if (typeof t !== 'string') continue;
          let l = idx.get(t);
          if (!l) idx.set(t, (l = []));
          l.push(r);
        }
      }
      byProperty.set(property, idx);
    }
    return (idx.get(uid) ?? []) as unknown as ModelResource<T>[];
  }

  /** The kind of source the resources came from. */
  sourceKind(): RuleContext['sourceKind'] {
    const kinds = new Set<string>();
    for (const r of this.byUid.values()) kinds.add(r.origin.kind === 'iac' ? 'iac' : r.origin.kind);
    if (kinds.size === 1) return [...kinds][0] as RuleContext['sourceKind'];
    return kinds.size === 0 ? 'iac' : 'mixed';
  }

  context(now: Date = new Date()): RuleContext {
    const memos = new Map<string, unknown>();
    return {
      memo: <V>(key: string, compute: () => V): V => {
        if (memos.has(key)) return memos.get(key) as V;
        const v = compute();
        memos.set(key, v);
        return v;
      },
      get: (uid) => this.get(uid),
      ofType: (t) => this.ofType(t),
      inAccount: (t, a, r) => this.inAccount(t, a, r),
      referencing: (t, p, u) => this.referencing(t, p, u),
      now,
      sourceKind: this.sourceKind(),
    };
  }
}
