/**
 * Progress of a live scan: accounts, account-regions and collector runs done out of those known so far
 * (totals grow as accounts are entered and their regions discovered), plus the scan's counters.
 */
import type { ScanCounters } from './clients.js';
import type { CoverageStatus } from './coverage.js';

/** `done` of `total`. */
export interface Fraction {
  readonly done: number;
  readonly total: number;
}

/** A snapshot for the progress line: `accounts 2/4 · regions 5/8 · services 120/200 · …`. */
export interface ScanProgress {
  readonly accounts: Fraction;
  /** Account × region pairs whose regional collectors have all finished. */
  readonly regions: Fraction;
  /** Collector runs (account × region × service). */
  readonly services: Fraction;
  readonly resources: number;
  readonly calls: number;
  readonly throttles: number;
  readonly errors: number;
  /** Collector runs that ended partial or failed. */
  readonly incomplete: number;
}

/** Keeps the counts and emits snapshots, at most every `intervalMs` unless forced. */
export class ProgressTracker {
  private readonly accounts: string[] = [];
  private accountsDone = 0;
  private accountsTotal = 0;
  private readonly pendingByRegion = new Map<string, number>();
  private regionsDone = 0;
  private regionsTotal = 0;
  private tasksDone = 0;
  private tasksTotal = 0;
  private incomplete = 0;
  private last = 0;

  constructor(
    private readonly counters: ScanCounters,
    private readonly listener: (p: ScanProgress) => void,
    private readonly intervalMs = 200,
  ) {}

  addAccounts(n: number): void {
    this.accountsTotal += n;
    this.emit(true);
  }

  /** An account was entered: its regions and how many regional / global runs it will make. */
  addRegions(account: string, regions: readonly string[], regionalCollectors: number, globalCollectors: number): void {
    this.regionsTotal += regions.length;
    this.tasksTotal += regions.length * regionalCollectors + globalCollectors;
    for (const r of regions) {
      if (regionalCollectors === 0) this.regionsDone++;
      else this.pendingByRegion.set(`${account}|${r}`, regionalCollectors);
    }
    this.emit(true);
  }

  taskDone(account: string, region: string | undefined, status: CoverageStatus): void {
    this.tasksDone++;
    if (status !== 'complete') this.incomplete++;
    if (region !== undefined) {
      const key = `${account}|${region}`;
      const left = (this.pendingByRegion.get(key) ?? 1) - 1;
      if (left <= 0) {
        this.pendingByRegion.delete(key);
        this.regionsDone++;
      } else this.pendingByRegion.set(key, left);
    }
    this.emit();
  }

  accountDone(account: string): void {
    this.accounts.push(account);
    this.accountsDone++;
    this.emit(true);
  }

  /** Called on each resource: cheap unless the interval has passed. */
  tick(): void {
    this.emit();
  }

  accountIds(): string[] {
    return [...this.accounts];
  }

  snapshot(): ScanProgress {
    const c = this.counters;
    return {
      accounts: { done: this.accountsDone, total: this.accountsTotal },
      regions: { done: this.regionsDone, total: this.regionsTotal },
      services: { done: this.tasksDone, total: this.tasksTotal },
      resources: c.resources,
      calls: c.calls,
      throttles: c.throttles,
      errors: c.errors,
      incomplete: this.incomplete,
    };
  }

  emit(force = false): void {
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    this.listener(this.snapshot());
  }
}

/** `accounts 2/4 · regions 5/8 · services 120/200 · 3,412 resources · 1,920 calls · 12 throttles · 3 errors`. */
export function formatProgress(p: ScanProgress): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return [
    `accounts ${p.accounts.done}/${p.accounts.total}`,
    `regions ${p.regions.done}/${p.regions.total}`,
    `services ${p.services.done}/${p.services.total}`,
    `${n(p.resources)} resources`,
    `${n(p.calls)} calls`,
    `${n(p.throttles)} throttles`,
    `${n(p.errors)} errors`,
  ].join(' · ');
}
