/**
 * `cloudwarden scan aws`: discovers live AWS resources through the SDK (one account, a role, or a whole
 * organization), streams them into the findings store in batches as they arrive, then runs the same rule
 * catalogue over the inventory and reports findings plus the coverage matrix.
 */
import { existsSync } from 'node:fs';
import type { Resource } from '../model/core/index.js';
import { UsageError } from '../shared/errors.js';
import { Inventory } from '../engine/inventory.js';
import type { CoverageSummary } from '../findings/summary.js';
import { scanAws, selectCollectors, type ScanAwsOptions } from '../sources/live/aws/scan.js';
import { COLLECTOR_MODULES } from '../sources/live/aws/collectors/catalog.generated.js';
import { coverageTotals, type CoverageCell } from '../sources/live/aws/coverage.js';
import { formatProgress } from '../sources/live/aws/progress.js';
import { Progress } from './progress.js';
import { VERSION } from './package-info.js';
import { parseFormats, type OutputOptions } from './outputs.js';
import { openScanRecorder, type ScanRecorder, type StoreOptions } from './store.js';
import { evaluateAndReport, exitCodeFor, loadOptionalConfig, rulesFromFlags, splitList, type RuleFlags } from './evaluate-and-report.js';

/** `scan aws` flags as commander hands them over (numbers still strings). */
export interface ScanAwsCommandOptions extends OutputOptions, StoreOptions, RuleFlags {
  readonly profile?: string;
  readonly roleArn?: string;
  readonly externalId?: string;
  readonly regions?: string;
  readonly org?: boolean;
  readonly roleName?: string;
  readonly services?: string;
  readonly failOnPartial?: boolean;
  readonly config?: string;
  readonly quiet?: boolean;
  readonly concurrency?: string;
  readonly accountConcurrency?: string;
  readonly serviceConcurrency?: string;
  readonly maxAttempts?: string;
  readonly retryMode?: string;
}

/** Resources are written to the store in batches of this many. */
const BATCH = 500;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

function positiveInt(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag}: expected a positive integer, got "${v}"`);
  return n;
}

/** Validates the flags and turns them into scan options (everything checked before any AWS call). */
export function scanOptionsFromFlags(o: ScanAwsCommandOptions): ScanAwsOptions {
  const regions = o.regions !== undefined ? splitList([o.regions]) : undefined;
  for (const r of regions ?? []) if (!REGION.test(r)) throw new UsageError(`--regions: "${r}" is not a region name (e.g. eu-west-1)`);
  if (regions !== undefined && regions.length === 0) throw new UsageError('--regions: give at least one region');
  if (o.roleName !== undefined && !o.org) throw new UsageError('--role-name only applies with --org');
  if (o.retryMode !== undefined && o.retryMode !== 'adaptive' && o.retryMode !== 'standard') throw new UsageError(`--retry-mode: expected adaptive or standard, got "${o.retryMode}"`);
  const services = o.services !== undefined ? splitList([o.services]) : undefined;
  selectCollectors(
    COLLECTOR_MODULES.map((m) => m.module),
    services,
  );
  const limits = {
    ...(o.concurrency !== undefined ? { global: positiveInt('--concurrency', o.concurrency)! } : {}),
    ...(o.accountConcurrency !== undefined ? { perAccount: positiveInt('--account-concurrency', o.accountConcurrency)! } : {}),
    ...(o.serviceConcurrency !== undefined ? { perService: positiveInt('--service-concurrency', o.serviceConcurrency)! } : {}),
  };
  const maxAttempts = positiveInt('--max-attempts', o.maxAttempts);
  return {
    credentials: o.profile !== undefined ? { profile: o.profile } : {},
    ...(o.roleArn !== undefined ? { roleArn: o.roleArn } : {}),
    ...(o.externalId !== undefined ? { externalId: o.externalId } : {}),
    ...(o.org ? { org: o.roleName !== undefined ? { roleName: o.roleName } : {} } : {}),
    ...(regions ? { regions } : {}),
    ...(services ? { services } : {}),
    limits,
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    ...(o.retryMode !== undefined ? { retryMode: o.retryMode as 'adaptive' | 'standard' } : {}),
  };
}

/** The report's coverage section from the matrix: totals, per account, and the cells that were not complete. */
export function coverageSummary(cells: readonly CoverageCell[]): CoverageSummary {
  const accounts = new Map<string, { account: string; complete: number; partial: number; failed: number }>();
  for (const c of cells) {
    let a = accounts.get(c.account);
    if (!a) accounts.set(c.account, (a = { account: c.account, complete: 0, partial: 0, failed: 0 }));
    a[c.status]++;
  }
  const incomplete = cells
    .filter((c) => c.status !== 'complete')
    .map((c) => ({ account: c.account, region: c.region, service: c.service, status: c.status, reasons: c.reasons, ...(c.message !== undefined ? { message: c.message } : {}) }));
  return { ...coverageTotals(cells), accounts: [...accounts.values()].sort((x, y) => x.account.localeCompare(y.account)), incomplete };
}

/** `cloudwarden scan aws ...`. Returns the exit code. */
export async function runScanAwsCommand(o: ScanAwsCommandOptions): Promise<number> {
  const startedAt = new Date();
  const scanOptions = scanOptionsFromFlags(o);
  const formats = parseFormats(o.format);
  if (formats.length > 1 && !o.outputDir) throw new UsageError('several --format values need --output-dir');
  const { rules, failOn, graph } = rulesFromFlags(o);
  const config = await loadOptionalConfig(o.config ?? (existsSync('.cloudwarden.yaml') ? '.cloudwarden.yaml' : undefined));

  const progress = new Progress(process.stderr, o.quiet);
  progress.update('finding the accounts to scan', true);
  const inventory = new Inventory();
  let recorder: ScanRecorder | undefined;
  let sources: string[] = [];
  let batch: Resource[] = [];
  let writes: Promise<void> = Promise.resolve();
  // Batches are chained so they reach the store in arrival order; a failed write surfaces when we await the chain.
  const flush = (): void => {
    if (batch.length === 0 || !recorder) return;
    const rec = recorder;
    const b = batch;
    batch = [];
    writes = writes.then(() => rec.addResources(b));
  };
  let result: Awaited<ReturnType<typeof scanAws>>;
  try {
    result = await scanAws(scanOptions, {
      start: async ({ accounts }) => {
        sources = accounts.map((a) => `aws:${a}`);
        recorder = await openScanRecorder({ startedAt: startedAt.toISOString(), sources, kind: 'live', toolVersion: VERSION }, o);
      },
      resource: (r) => {
        inventory.add(r);
        batch.push(r);
        if (batch.length >= BATCH) flush();
      },
      progress: (p) => progress.update(formatProgress(p)),
    });
    flush();
    await writes;
  } catch (e) {
    progress.done();
    await writes.catch(() => undefined);
    await (recorder as ScanRecorder | undefined)?.abort();
    throw e;
  }
  progress.done();
  const coverage = coverageSummary(result.coverage);
  const c = result.counters;
  if (!o.quiet) process.stderr.write(`scanned ${result.accounts.length} account(s): ${c.resources} resources, ${c.calls} API calls, ${c.throttles} throttled, ${c.errors} failed; coverage ${coverage.complete} complete, ${coverage.partial} partial, ${coverage.failed} failed\n`);
  const report = await evaluateAndReport({
    inventory,
    rules,
    graph,
    config,
    startedAt,
    sources,
    kind: 'live',
    extra: { coverage },
    recorder: recorder!,
    outputs: o,
    progress,
  });
  const findingsExit = exitCodeFor(report.findings, failOn, Boolean(o.softFail));
  // --fail-on-partial: a scan that could not see everything must not pass a gate on what it did see.
  return o.failOnPartial && coverage.partial + coverage.failed > 0 ? 1 : findingsExit;
}
