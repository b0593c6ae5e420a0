/**
 * Runs collector tasks under three concurrency limits at once: global, per account and per service
 * (collector id). Tasks start in submission order within an account, and accounts are served in the order
 * they were first seen, so early accounts finish early (progress reads naturally and their clients can go).
 * The adaptive back-off on throttling itself lives in the SDK clients (retryMode `adaptive`); these limits
 * bound how much traffic we offer in the first place.
 */

/** Concurrency limits of a scan. */
export interface ConcurrencyLimits {
  /** Tasks in flight across the whole scan. */
  readonly global: number;
  /** Tasks in flight in one account (AWS rate limits are per account and region). */
  readonly perAccount: number;
  /** Tasks of one collector in flight across accounts. */
  readonly perService: number;
}

/** The defaults: 8 runs in flight, at most 4 in one account, at most 8 of one collector. */
export const DEFAULT_LIMITS: ConcurrencyLimits = { global: 8, perAccount: 4, perService: 8 };

interface Pending {
  readonly service: string;
  readonly run: () => Promise<void>;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/** A fair-enough scheduler: O(accounts + queued tasks of one account) per start, no polling. */
export class TaskScheduler {
  private readonly queues = new Map<string, Pending[]>();
  private readonly runningByAccount = new Map<string, number>();
  private readonly runningByService = new Map<string, number>();
  private running = 0;
  /** Highest number of tasks ever in flight at once (for tests and benchmarks). */
  peak = 0;

  constructor(private readonly limits: ConcurrencyLimits) {
    for (const [k, v] of Object.entries(limits)) if (!Number.isInteger(v) || v < 1) throw new TypeError(`concurrency limit ${k} must be a positive integer, got ${String(v)}`);
  }

  /** Queues `run` for `account`/`service`; settles when it has run. */
  submit(account: string, service: string, run: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let q = this.queues.get(account);
      if (!q) this.queues.set(account, (q = []));
      q.push({ service, run, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.limits.global) {
      const next = this.pick();
      if (!next) return;
      this.start(next.account, next.task);
    }
  }

  private pick(): { account: string; task: Pending } | undefined {
    for (const [account, q] of this.queues) {
      if (q.length === 0) continue;
      if ((this.runningByAccount.get(account) ?? 0) >= this.limits.perAccount) continue;
      const i = q.findIndex((t) => (this.runningByService.get(t.service) ?? 0) < this.limits.perService);
      if (i < 0) continue;
      const [task] = q.splice(i, 1);
      // Empty queues stay in the map so an account keeps its place in the order when it queues more work.
      return { account, task: task! };
    }
    return undefined;
  }

  private start(account: string, task: Pending): void {
    this.running++;
    this.peak = Math.max(this.peak, this.running);
    bump(this.runningByAccount, account, 1);
    bump(this.runningByService, task.service, 1);
    const finish = (): void => {
      this.running--;
      bump(this.runningByAccount, account, -1);
      bump(this.runningByService, task.service, -1);
      this.pump();
    };
    task.run().then(
      () => {
        finish();
        task.resolve();
      },
      (e: unknown) => {
        finish();
        task.reject(e);
      },
    );
  }
}

function bump(m: Map<string, number>, k: string, d: number): void {
  const v = (m.get(k) ?? 0) + d;
  if (v === 0) m.delete(k);
  else m.set(k, v);
}
