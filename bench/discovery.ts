/**
 * Live discovery benchmark (issue 3: `npm run bench -- discovery`): an `--org` scan of a generated
 * organization served by simcloud with a fixed latency per request, through the real collectors and SDK
 * clients. Options: `accounts=100 resources=100 latency=50` (resources are per account; see scale.ts).
 *
 * simcloud runs in a child process (this file with `--serve`), as AWS would be remote: the scanner's CPU and
 * peak RSS (`process.resourceUsage().maxRSS`) are its own. Resources are counted and dropped, so the RSS is
 * the discovery pipeline's (clients, collectors, in-flight pages), not an inventory's.
 *
 * The ideal wall time (the critical path under the concurrency limits), and how it is computed:
 *  1. Per-call latency c: the median round trip of 40 sequential calls on an idle connection before the scan
 *     (the injected latency plus simcloud's and the SDK's own time per call).
 *  2. Each (account, region, collector) run is wrapped to record the [start, end] of every call it makes
 *     (`ctx.call`, and each page of `ctx.paginate`). Its chain length k is the longest sequence of its calls
 *     each starting after the previous one ended (calls a collector issues in parallel count once). The
 *     run's ideal duration is k·c. Account preparation (AssumeRole, GetCallerIdentity, DescribeRegions) is a
 *     task of 3 calls (2 for the management account), and the scan's start (GetCallerIdentity, one
 *     ListAccounts page per 20 accounts) is sequential before everything.
 *  3. Those tasks are packed into the scheduler's slots. No schedule can beat the largest of: the longest
 *     single account (preparation, then its tasks spread over its `perAccount` slots, never shorter than its
 *     longest task), the total work over the `global` slots, and each collector's work over `perService`
 *     slots. ideal = start + that bound. It is a lower bound, so the ratio wall/ideal is ≥ 1, and ≤ 1.3 means
 *     the scheduler, the retries and the CPU lose less than 30% to the perfect packing.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CollectorContext, CollectorDefinition } from '../src/sources/live/aws/collector.js';
import { COLLECTOR_MODULES } from '../src/sources/live/aws/collectors/catalog.generated.js';
import { scanAws } from '../src/sources/live/aws/scan.js';
import { DEFAULT_LIMITS, type ConcurrencyLimits } from '../src/sources/live/aws/scheduler.js';
import { startSimcloud } from '../src/simcloud/testing.js';
import { scaleWorld } from '../src/simcloud/world/scale.js';

interface Options { accounts: number; resources: number; latency: number }

function parse(args: string[]): Options {
  const o: Options = { accounts: 100, resources: 100, latency: 50 };
  for (const a of args) {
    const [k, v] = a.split('=');
    if (!k || v === undefined || !(k in o) || !Number.isFinite(Number(v)) || Number(v) < 0) throw new Error(`usage: npm run bench -- discovery [accounts=N] [resources=M] [latency=MS] (bad "${a}")`);
    o[k as keyof Options] = Number(v);
  }
  return o;
}

/** The child: builds the world, serves it and prints its endpoint; exits when stdin closes. */
async function serve(o: Options): Promise<void> {
  const sim = await startSimcloud(scaleWorld({ accounts: o.accounts, resources: o.resources }), { faults: { latencyMs: o.latency } });
  process.stdout.write(`${JSON.stringify({ endpoint: sim.endpoint, credentials: sim.credentials })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void sim.close().then(() => process.exit(0)));
}

async function startChild(o: Options): Promise<{ endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string }; stop(): void }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', `accounts=${o.accounts}`, `resources=${o.resources}`, `latency=${o.latency}`], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`simcloud child exited with ${code}`)));
  });
  const info = JSON.parse(line) as { endpoint: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  return { ...info, stop: () => child.stdin.end() };
}

interface Span { start: number; end: number }
interface RunRecord { account: string; service: string; spans: Span[]; start: number; end: number }

/** Longest chain of calls each starting after the previous one ended (spans sorted by end for the DP). */
export function chainLength(spans: readonly Span[]): number {
  const byEnd = [...spans].sort((a, b) => a.end - b.end);
  const best: number[] = [];
  let longest = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    let prev = 0;
    for (let i = 0; i < byEnd.length && byEnd[i]!.end <= s.start; i++) prev = Math.max(prev, best[i] ?? 0);
    const k = prev + 1;
    best[byEnd.indexOf(s)] = k;
    longest = Math.max(longest, k);
  }
  return longest;
}

/** Wraps a collector so every call of each run is timed. */
function recorded(c: CollectorDefinition, runs: RunRecord[]): CollectorDefinition {
  return {
    ...c,
    async collect(ctx: CollectorContext) {
      const run: RunRecord = { account: ctx.account, service: c.id, spans: [], start: performance.now(), end: 0 };
      runs.push(run);
      const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
        const start = performance.now();
        try {
          return await fn();
        } finally {
          run.spans.push({ start, end: performance.now() });
        }
      };
      const wrapped: CollectorContext = Object.create(ctx) as CollectorContext;
      Object.assign(wrapped, {
        call: (name: string, fn: () => Promise<unknown>, about?: never) => ctx.call(name, () => timed(fn), about),
        paginate: <T>(name: string, fetch: (t: string | undefined) => Promise<{ items: readonly T[]; next: string | undefined }>) => ctx.paginate(name, (t) => timed(() => fetch(t))),
      });
      try {
        await c.collect(wrapped);
      } finally {
        run.end = performance.now();
      }
    },
  };
}

/** Lower bound of the makespan (see the header). */
export function idealWall(runs: readonly RunRecord[], accounts: readonly string[], perCall: number, limits: ConcurrencyLimits): { ms: number; longestRun: number; work: number } {
  const startMs = (1 + Math.ceil(accounts.length / 20)) * perCall;
  const byAccount = new Map<string, number[]>(accounts.map((a, i) => [a, [(i === 0 ? 2 : 3) * perCall]]));
  const byService = new Map<string, number>();
  let work = 0;
  for (const [prep = 0] of byAccount.values()) work += prep;
  for (const r of runs) {
    const d = chainLength(r.spans) * perCall;
    byAccount.get(r.account)?.push(d);
    byService.set(r.service, (byService.get(r.service) ?? 0) + d);
    work += d;
  }
  let bound = work / limits.global;
  let longestRun = 0;
  for (const [, [prep = 0, ...tasks]] of byAccount) {
    const longest = Math.max(0, ...tasks);
    longestRun = Math.max(longestRun, longest);
    bound = Math.max(bound, prep + Math.max(longest, tasks.reduce((s, d) => s + d, 0) / limits.perAccount));
  }
  for (const w of byService.values()) bound = Math.max(bound, w / limits.perService);
  return { ms: startMs + bound, longestRun, work };
}

async function calibrate(endpoint: string, credentials: { accessKeyId: string; secretAccessKey: string }): Promise<number> {
  const sts = new STSClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await sts.send(new GetCallerIdentityCommand({}));
    if (i >= 5) times.push(performance.now() - t); // the first calls warm up the connection and the JIT
  }
  sts.destroy();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function main(args: string[]): Promise<void> {
  const o = parse(args);
  const sim = await startChild(o);
  try {
    const perCall = await calibrate(sim.endpoint, sim.credentials);
    const runs: RunRecord[] = [];
    const collectors = COLLECTOR_MODULES.map((m) => recorded(m.module, runs));
    let resources = 0;
    const limits = DEFAULT_LIMITS;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await scanAws({ credentials: { keys: sim.credentials }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1', collectors, limits }, { resource: () => void resources++ });
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const ideal = idealWall(runs, r.accounts, perCall, limits);
    const rssMiB = process.resourceUsage().maxRSS / 1024;
    const failed = r.coverage.filter((c) => c.status !== 'complete').length;
    console.log(`world: ${o.accounts} accounts × ${o.resources} generated resources, ${o.latency} ms latency per request (simcloud in a child process)`);
    console.log(`limits: global ${limits.global}, per account ${limits.perAccount}, per service ${limits.perService}; measured per-call latency ${perCall.toFixed(1)} ms`);
    console.log(`scanned ${r.accounts.length} accounts: ${resources} resources, ${r.counters.calls} API calls (${r.counters.attempts} attempts, ${r.counters.throttles} throttles, ${r.counters.errors} errors), ${runs.length} collector runs, ${failed} coverage cells not complete`);
    console.log(`wall time   ${(wall / 1000).toFixed(1)} s (${(r.counters.calls / (wall / 1000)).toFixed(0)} calls/s, peak ${r.peakConcurrency} runs in flight)`);
    console.log(`ideal wall  ${(ideal.ms / 1000).toFixed(1)} s (critical path under the limits: ${(ideal.work / 1000).toFixed(0)} s of sequential work, longest run ${(ideal.longestRun / 1000).toFixed(1)} s)`);
    const spans = runs.flatMap((x) => x.spans);
    const meanCall = spans.reduce((t, x) => t + x.end - x.start, 0) / Math.max(1, spans.length);
    const busy = runs.reduce((t, x) => t + x.end - x.start, 0) / wall;
    console.log(`during the scan: mean call ${meanCall.toFixed(1)} ms, mean runs in flight ${busy.toFixed(1)}, scanner CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / 1e3 / wall * 100).toFixed(0)}% of one core), load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
    console.log(`ratio wall / ideal: ${(wall / ideal.ms).toFixed(2)} (goal ≤ 1.3)`);
    console.log(`peak RSS ${rssMiB.toFixed(0)} MiB`);
  } finally {
    sim.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--serve') void serve(parse(process.argv.slice(3)));
