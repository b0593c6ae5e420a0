/**
 * The real `CollectorContext`: one per (account, region, collector) run. It hands out pooled SDK clients,
 * counts calls, turns final errors into data (a `CallResult` plus a coverage gap) and streams emitted
 * resources to the scan's sink.
 */
import type { ApiProvenance, Resource } from '../../../model/core/index.js';
import type { CallResult, CollectorContext, CoverageGap } from './collector.js';
import type { ClientPool, ClientSettings, ScanCounters } from './clients.js';
import type { TaskTally } from './coverage.js';
import { classifyError, errorFacts } from './errors.js';

/** Everything one collector run needs from the scan. */
export interface ContextOptions {
  readonly account: string;
  /** The region the run covers (a global collector's home region). */
  readonly region: string;
  readonly scope: 'global' | 'regional';
  /** Collector id: the `service` of the gaps it records. */
  readonly service: string;
  readonly pool: ClientPool;
  readonly settings: ClientSettings;
  readonly counters: ScanCounters;
  readonly now: Date;
  readonly onResource: (resource: Resource) => void;
  readonly onGap: (gap: CoverageGap) => void;
  /** Every logical API call made (for tests and tracing); optional because a large scan should not keep them. */
  readonly onCall?: (call: string) => void;
  /** Successful and failed calls of this run, for its coverage cell. */
  readonly tally?: TaskTally;
}

/** Live implementation of the collector contract. */
export class LiveCollectorContext implements CollectorContext {
  readonly account: string;
  readonly region: string;
  readonly partition = 'aws' as const;
  readonly now: Date;
  private readonly provenances = new Map<string, ApiProvenance>();

  constructor(private readonly o: ContextOptions) {
    this.account = o.account;
    this.region = o.region;
    this.now = o.now;
  }

  client<C>(ctor: new (config: object) => C): C {
    return this.o.pool.get(ctor, this.o.account, this.o.region, this.o.settings);
  }

  call<T>(call: string, fn: () => Promise<T>, about: { resourceId?: string; expected: readonly string[] }): Promise<CallResult<T | undefined>>;
  call<T>(call: string, fn: () => Promise<T>, about?: { resourceId?: string; expected?: undefined }): Promise<CallResult<T>>;
  async call<T>(call: string, fn: () => Promise<T>, about?: { resourceId?: string; expected?: readonly string[] }): Promise<CallResult<T | undefined>> {
    this.count(call);
    try {
      const value = await fn();
      this.succeeded();
      return { ok: true, value };
    } catch (err) {
      const code = errorFacts(err).code;
      if (about?.expected?.includes(code)) {
        this.succeeded();
        return { ok: true, value: undefined, notFound: code };
      }
      return this.fail(call, err, about?.resourceId);
    }
  }

  async paginate<T>(call: string, fetch: (token: string | undefined) => Promise<{ items: readonly T[]; next: string | undefined }>): Promise<CallResult<T[]>> {
    const all: T[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    for (;;) {
      this.count(call);
      let page: { items: readonly T[]; next: string | undefined };
      try {
        page = await fetch(token);
      } catch (err) {
        return this.fail(call, err, undefined);
      }
      this.succeeded();
      all.push(...page.items);
      // An empty token ends the listing; a repeated token would loop forever on a misbehaving endpoint.
      if (page.next === undefined || page.next === '' || seen.has(page.next)) return { ok: true, value: all };
      seen.add(page.next);
      token = page.next;
    }
  }

  emit(resource: Resource): void {
    this.o.counters.resources++;
    this.o.onResource(resource);
  }

  /** One provenance object per call name, shared by every value it sourced (a scan holds millions of values). */
  prov(call: string): ApiProvenance {
    let p = this.provenances.get(call);
    if (!p) this.provenances.set(call, (p = { kind: 'api', call, region: this.o.region, account: this.o.account }));
    return p;
  }

  private count(call: string): void {
    this.o.counters.calls++;
    this.o.onCall?.(call);
  }

  private succeeded(): void {
    if (this.o.tally) this.o.tally.ok++;
  }

  private fail(call: string, err: unknown, resourceId: string | undefined): { ok: false; reason: string; message: string } {
    const c = classifyError(err, this.o.scope === 'regional');
    this.o.counters.errors++;
    if (this.o.tally) this.o.tally.failed++;
    const gap: CoverageGap = {
      account: this.o.account,
      region: this.o.scope === 'global' ? 'global' : this.o.region,
      service: this.o.service,
      call,
      reason: c.reason,
      message: c.message,
      ...(resourceId !== undefined ? { resourceId } : {}),
    };
    this.o.onGap(gap);
    return { ok: false, reason: c.reason, message: c.message };
  }
}
