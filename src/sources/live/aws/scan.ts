/**
 * The live AWS scan: decides the accounts (one, or every active member of the organization with `--org`),
 * their regions (the enabled ones, or `--regions`) and runs every selected collector once per account
 * (global) or per account and region (regional) under the concurrency limits, streaming resources to the
 * sink as collectors emit them. Nothing is accumulated here but the coverage matrix and the gaps.
 */
import type { Resource } from '../../../model/core/index.js';
import { UsageError } from '../../../shared/errors.js';
import type { CollectorDefinition, CoverageGap } from './collector.js';
import { COLLECTOR_MODULES } from './collectors/catalog.generated.js';
import { ClientPool, newCounters, type Credentials, type ScanCounters } from './clients.js';
import { LiveCollectorContext } from './context.js';
import { assumeRoleProvider, baseCredentials, type CredentialSource } from './credentials.js';
import { callerIdentity, enabledRegions, organizationAccounts } from './accounts.js';
import { CoverageMatrix, type CoverageCell, type TaskTally } from './coverage.js';
import { DEFAULT_LIMITS, TaskScheduler, type ConcurrencyLimits } from './scheduler.js';
import { ProgressTracker, type ScanProgress } from './progress.js';

export type { ScanProgress } from './progress.js';

/** What to scan and how (the `scan aws` flags, already validated). */
export interface ScanAwsOptions {
  /** Base credentials: static keys, `--profile`, or the SDK's default chain when empty. */
  readonly credentials?: CredentialSource;
  /** `--role-arn`: assumed with the base credentials before anything else. */
  readonly roleArn?: string;
  /** `--external-id`, for `--role-arn` and the organization member roles. */
  readonly externalId?: string;
  /** `--org`: scan every active account of the organization, entering members through `roleName`. */
  readonly org?: { readonly roleName?: string };
  /** `--regions`; default: every region enabled for each account. */
  readonly regions?: readonly string[];
  /** `--services` (collector ids); default: all. */
  readonly services?: readonly string[];
  /** The collectors to choose from (default: the generated catalogue). */
  readonly collectors?: readonly CollectorDefinition[];
  readonly limits?: Partial<ConcurrencyLimits>;
  /** Region for global services and STS/Organizations calls; default AWS_REGION, AWS_DEFAULT_REGION, us-east-1. */
  readonly homeRegion?: string;
  /** An explicit endpoint (standard SDK option); otherwise the SDK's own resolution (AWS_ENDPOINT_URL included). */
  readonly endpoint?: string;
  /** SDK attempts per call (default 10, so heavy throttling is absorbed by the adaptive retry). */
  readonly maxAttempts?: number;
  /** SDK retry mode (default `adaptive`: client-side rate limiting once throttled). */
  readonly retryMode?: 'adaptive' | 'standard';
  readonly now?: Date;
}

/** Where resources and progress go. `resource` is called as soon as a collector emits. */
export interface ScanSink {
  /** Called once the accounts to scan are known, before any collector runs (e.g. to open the store with them). */
  start?(info: { readonly accounts: readonly string[] }): Promise<void> | void;
  resource(resource: Resource): void;
  progress?(progress: ScanProgress): void;
  gap?(gap: CoverageGap): void;
}

/** The outcome of a scan (the resources went to the sink). */
export interface ScanAwsResult {
  /** Accounts scanned (or attempted), in order. */
  readonly accounts: readonly string[];
  readonly coverage: readonly CoverageCell[];
  readonly gaps: readonly CoverageGap[];
  readonly counters: ScanCounters;
  /** Highest number of collector runs in flight at once. */
  readonly peakConcurrency: number;
  readonly progress: ScanProgress;
}

const DEFAULT_ROLE = 'OrganizationAccountAccessRole';

/** Calls the scan itself makes (identity, region discovery, `--org` account listing), for `permissions aws`. */
export const SCAN_PERMISSIONS: readonly string[] = ['sts:GetCallerIdentity', 'ec2:DescribeRegions', 'organizations:ListAccounts'];

/** Selects the collectors named by `--services`; unknown names are a usage error. */
export function selectCollectors(all: readonly CollectorDefinition[], services: readonly string[] | undefined): CollectorDefinition[] {
  if (!services || services.length === 0) return [...all];
  const known = new Map(all.map((c) => [c.id, c] as const));
  const unknown = services.filter((s) => !known.has(s));
  if (unknown.length) throw new UsageError(`--services: unknown service ${unknown.map((s) => `"${s}"`).join(', ')} (known: ${[...known.keys()].sort().join(', ')})`);
  return [...new Set(services)].map((s) => known.get(s)!);
}

/** Runs the scan. Throws `UsageError` for bad options and for credentials that do not work at all. */
export async function scanAws(options: ScanAwsOptions, sink: ScanSink): Promise<ScanAwsResult> {
  const collectors = selectCollectors(options.collectors ?? COLLECTOR_MODULES.map((m) => m.module), options.services);
  const home = options.homeRegion ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const maxAttempts = options.maxAttempts ?? 10;
  const now = options.now ?? new Date();
  const counters = newCounters();
  const disposers: (() => void)[] = [];
  const pool = new ClientPool(counters, disposers);
  const scheduler = new TaskScheduler({ ...DEFAULT_LIMITS, ...options.limits });
  const coverage = new CoverageMatrix();
  const gaps: CoverageGap[] = [];
  const progress = new ProgressTracker(counters, (p) => sink.progress?.(p));
  const endpoint = options.endpoint !== undefined ? { endpoint: options.endpoint } : {};
  const onGap = (g: CoverageGap): void => {
    gaps.push(g);
    sink.gap?.(g);
  };
  const onResource = (r: Resource): void => {
    sink.resource(r);
    progress.tick();
  };
  const context = (account: string, region: string, scope: 'global' | 'regional', service: string, credentials: Credentials, extra: { tally?: TaskTally; onGap?: (g: CoverageGap) => void } = {}) =>
    new LiveCollectorContext({ account, region, scope, service, pool, settings: { credentials, maxAttempts, ...endpoint, ...(options.retryMode ? { retryMode: options.retryMode } : {}) }, counters, now, onResource, onGap: extra.onGap ?? onGap, ...(extra.tally ? { tally: extra.tally } : {}) });
  const assume = (source: Credentials, roleArn: string): Credentials =>
    assumeRoleProvider(source, { roleArn, region: home, maxAttempts, ...endpoint, ...(options.externalId !== undefined ? { externalId: options.externalId } : {}), onDispose: (d) => disposers.push(d) });

  try {
    const base = baseCredentials(options.credentials ?? {});
    const main = options.roleArn ? assume(base, options.roleArn) : base;
    // Who are we? Without this there is no account to scan: a start-up error, not a coverage gap.
    const setupGaps: CoverageGap[] = [];
    const whoCtx = context('unknown', home, 'global', 'sts', main, { onGap: (g) => setupGaps.push(g) });
    const who = await callerIdentity(whoCtx);
    if (!who.ok) throw new UsageError(`cannot use the AWS credentials${options.roleArn ? ` (role ${options.roleArn})` : ''}: ${who.message}`);
    const mainAccount = who.value.account;

    let accounts: { id: string; credentials: Credentials }[] = [{ id: mainAccount, credentials: main }];
    if (options.org) {
      const roleName = options.org.roleName ?? DEFAULT_ROLE;
      const listed = await organizationAccounts(context(mainAccount, home, 'global', 'organizations', main, { onGap: (g) => setupGaps.push(g) }));
      if (!listed.ok) throw new UsageError(`--org: cannot list the organization's accounts from ${mainAccount}: ${listed.message}`);
      const members = listed.value.filter((a) => a.id !== mainAccount).map((a) => ({ id: a.id, credentials: assume(main, `arn:aws:iam::${a.id}:role/${roleName}`) }));
      // The management account itself is scanned with the credentials we already have.
      accounts = [...accounts, ...members];
    }
    progress.addAccounts(accounts.length);
    await sink.start?.({ accounts: accounts.map((a) => a.id) });

    await Promise.all(
      accounts.map(async (acct) => {
        const prepared = await prepareAccount(acct);
        if (!prepared) {
          progress.accountDone(acct.id);
          pool.release(acct.id);
          return;
        }
        const runs: Promise<void>[] = [];
        for (const c of collectors) {
          const regions = c.scope === 'global' ? [home] : prepared.regions;
          for (const region of regions) runs.push(scheduler.submit(acct.id, c.id, () => runCollector(c, acct.id, region, acct.credentials)));
        }
        await Promise.all(runs);
        progress.accountDone(acct.id);
        pool.release(acct.id);
      }),
    );
  } finally {
    pool.close();
    for (const d of disposers.splice(0)) d();
  }
  progress.emit(true);
  return { accounts: progress.accountIds(), coverage: coverage.list(), gaps, counters, peakConcurrency: scheduler.peak, progress: progress.snapshot() };

  /** Enters the account (proving the credentials or role work) and decides its regions. */
  async function prepareAccount(acct: { id: string; credentials: Credentials }): Promise<{ regions: string[] } | undefined> {
    let result: { regions: string[] } | undefined;
    await scheduler.submit(acct.id, '_account', async () => {
      const own: CoverageGap[] = [];
      const ctx = context(acct.id, home, 'global', 'account', acct.credentials, { onGap: (g) => (own.push(g), onGap(g)) });
      const who = await callerIdentity(ctx);
      if (!who.ok) {
        coverage.recordAccountFailure(acct.id, who.reason === 'AccessDenied' ? 'AssumeRoleDenied' : who.reason, who.message);
        return;
      }
      let regions = options.regions ? [...options.regions] : undefined;
      if (!regions) {
        const r = await enabledRegions(ctx);
        // Without the region list we still cover the home region, and the matrix says why the rest is missing.
        if (!r.ok) coverage.record(acct.id, 'global', 'regions', { ok: 0, failed: 1 }, own);
        regions = r.ok ? r.value : [home];
      }
      result = { regions };
    });
    if (result) {
      const regional = collectors.filter((c) => c.scope === 'regional').length;
      progress.addRegions(acct.id, result.regions, regional, collectors.length - regional);
    }
    return result;
  }

  async function runCollector(c: CollectorDefinition, account: string, region: string, credentials: Credentials): Promise<void> {
    const tally: TaskTally = { ok: 0, failed: 0 };
    const own: CoverageGap[] = [];
    const ctx = context(account, region, c.scope, c.id, credentials, { tally, onGap: (g) => (own.push(g), onGap(g)) });
    try {
      await c.collect(ctx);
    } catch (e) {
      // A collector that throws has a bug; the rest of the scan goes on and the matrix shows the hole.
      tally.threw = `collector ${c.id} threw: ${(e as Error)?.message ?? String(e)}`;
      const g: CoverageGap = { account, region: c.scope === 'global' ? 'global' : region, service: c.id, call: `${c.id}:collect`, reason: 'CollectorError', message: tally.threw };
      own.push(g);
      onGap(g);
      counters.errors++;
    }
    const cell = coverage.record(account, c.scope === 'global' ? 'global' : region, c.id, tally, own);
    progress.taskDone(account, c.scope === 'global' ? undefined : region, cell.status);
  }
}
