/**
 * IAM evaluator benchmark (issue 5: `npm run bench -- iam [requests=20000] [seed=N]`): the same generated
 * requests (src/graph/iam/test-support/cases.ts: real actions, wildcards, conditions, denies, boundaries,
 * SCPs, RCPs, resource policies, same- and cross-account callers) decided by cloudwarden's evaluator and by
 * @cloud-copilot/iam-simulate (AGPL, a devDependency used here only as the yardstick).
 *
 * Two scenarios: every request with its own policies (the worst case for a compiled evaluator: nothing is
 * reused and the compiled policies of 20,000 requests do not fit in the CPU caches), and the same requests
 * against 200 shared policy sets (the graph's shape: each principal's policies compiled once and asked many
 * questions). Ours is timed cold (the first question of each action to each policy fills its per-action
 * index) and warm, and in the first scenario also compiling every request. iam-simulate runs its unvalidated entry point on
 * inputs converted beforehand, its fastest path. Goal: ours >= 100x the decisions/s, 0 disagreements beyond
 * the documented oracle departures (src/graph/iam/test-support/departures.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type * as EvaluateModNs from '../src/graph/iam/evaluate.js';
import type { CompiledApplicablePolicies } from '../src/graph/iam/evaluate.js';
import { generateCase, loadActions, type GeneratedCase } from '../src/graph/iam/test-support/cases.js';
import { knownOracleDeparture } from '../src/graph/iam/test-support/departures.js';
import { oracleDecision, toSimulation } from '../src/graph/iam/test-support/oracle.js';
import type { Decision } from '../src/graph/iam/types.js';

interface Options { requests: number; seed: number }

/**
 * Ours runs the compiled code in dist/ (what `cloudwarden` executes; built first), not the dev loader's
 * on-the-fly transpilation; the generator and the oracle are the same for both sides.
 */
let compileApplicable: typeof EvaluateModNs.compileApplicable;
let evaluateRequest: typeof EvaluateModNs.evaluateRequest;
async function loadCompiledEvaluator(): Promise<void> {
  const mod = (await import(new URL('../dist/graph/iam/evaluate.js', import.meta.url).href)) as typeof EvaluateModNs;
  ({ compileApplicable, evaluateRequest } = mod);
}

function build(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

function parse(args: string[]): Options {
  const o: Options = { requests: 20_000, seed: 20261128 };
  for (const a of args) {
    const [k, v] = a.split('=');
    const n = Number(v);
    if (k === 'requests' && Number.isInteger(n) && n > 0) o.requests = n;
    else if (k === 'seed' && Number.isInteger(n)) o.seed = n;
    else throw new Error(`usage: npm run bench -- iam [requests=N] [seed=N] (bad "${a}")`);
  }
  return o;
}

/**
 * Runs `body` and returns its CPU seconds (user + system, this process), best of `runs`. CPU time, not wall
 * time: the benchmark machine is shared, and other processes' load would otherwise decide the ratio.
 */
function best(runs: number, body: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    body();
    const used = process.cpuUsage(t0);
    fastest = Math.min(fastest, (used.user + used.system) / 1e6);
  }
  return fastest;
}

/**
 * A warm pass over the shared scenario is a few tens of ms of CPU, too short to time alone on a busy machine:
 * each timed run makes several passes over the same requests and counts the time per pass.
 */
const WARM_PASSES = 5;
const WARM_RUNS = 5;

interface ScenarioResult { cold: number; warm: number; compiling?: number; oracle: number; unexplained: number; departures: Record<string, number> }

/** Times ours (cold, warm, optionally compiling each time) and iam-simulate on the same cases, and compares them. */
function scenario(cases: readonly GeneratedCase[], withCompiling: boolean): ScenarioResult {
  // Policy sets shared between cases are compiled once, as the graph compiles each principal's policies once.
  const compiledBySet = new Map<GeneratedCase['policies'], CompiledApplicablePolicies>();
  const compiled = cases.map((c) => {
    let hit = compiledBySet.get(c.policies);
    if (!hit) compiledBySet.set(c.policies, (hit = compileApplicable(c.policies)));
    return hit;
  });
  const simulations = cases.map((c) => toSimulation(c.request, c.policies));
  const ours: Decision[] = new Array<Decision>(cases.length);
  const theirs: Decision[] = new Array<Decision>(cases.length);
  // Warm both up on throw-away copies so neither pays for JIT and lazy data loading in the timed runs.
  for (let i = 0; i < Math.min(500, cases.length); i++) {
    evaluateRequest(cases[i]!.request, compileApplicable(cases[i]!.policies));
    oracleDecision(simulations[i]!);
  }
  // Cold: each policy meets the request's action for the first time (its per-action index is still empty).
  const cold = best(1, () => cases.forEach((c, i) => (ours[i] = evaluateRequest(c.request, compiled[i]!).decision)));
  const warm = best(WARM_RUNS, () => {
    for (let pass = 0; pass < WARM_PASSES; pass++) cases.forEach((c, i) => (ours[i] = evaluateRequest(c.request, compiled[i]!).decision));
  }) / WARM_PASSES;
  const compiling = withCompiling ? best(1, () => cases.forEach((c) => evaluateRequest(c.request, compileApplicable(c.policies)))) : undefined;
  const oracle = best(2, () => simulations.forEach((s, i) => (theirs[i] = oracleDecision(s))));
  const departures: Record<string, number> = {};
  let unexplained = 0;
  for (let i = 0; i < cases.length; i++) {
    if (ours[i] === theirs[i]) continue;
    const known = knownOracleDeparture(cases[i]!, ours[i]!);
    if (known) departures[known] = (departures[known] ?? 0) + 1;
    else unexplained++;
  }
  return { cold, warm, ...(compiling !== undefined ? { compiling } : {}), oracle, unexplained, departures };
}

function report(title: string, requests: number, r: ScenarioResult): void {
  const row = (name: string, s: number) => `  ${name.padEnd(38)} ${s.toFixed(3).padStart(8)} CPU s ${Math.round(requests / s).toLocaleString('en').padStart(12)} decisions/CPU s`;
  const ratio = (s: number) => `${(r.oracle / s).toFixed(0)}x`;
  console.log(title);
  console.log(row('cloudwarden, compiled once, cold', r.cold));
  console.log(row('cloudwarden, compiled once, warm', r.warm));
  if (r.compiling !== undefined) console.log(row('cloudwarden, compiling every request', r.compiling));
  console.log(row('iam-simulate (runUnsafeSimulation)', r.oracle));
  const compiling = r.compiling !== undefined ? `, ${ratio(r.compiling)} compiling every request` : '';
  console.log(`  ratio: ${ratio(r.warm)} warm, ${ratio(r.cold)} cold${compiling} (goal >= 100x)`);
  const departures = Object.entries(r.departures).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  console.log(`  disagreements: ${r.unexplained} unexplained (goal 0); documented oracle departures: ${departures}`);
}

/** Policy sets in the shared scenario: a graph holds a few hundred principals, each asked many questions. */
const SHARED_POLICY_SETS = 200;

/** The scenario's cases: every request with its own policies, or requests sharing a pool of policy sets. */
function scenarioCases(cases: GeneratedCase[], kind: 'own' | 'shared'): GeneratedCase[] {
  if (kind === 'own') return cases;
  // Policies are shared only between requests of the same principal: a service or anonymous caller has no
  // identity policies, and the generator keeps that true within a case.
  const pools = new Map<string, GeneratedCase['policies'][]>();
  const perPrincipal = Math.ceil(SHARED_POLICY_SETS / new Set(cases.map((c) => c.request.principal.arn)).size);
  for (const c of cases) {
    const pool = pools.get(c.request.principal.arn) ?? [];
    if (pool.length < perPrincipal) pool.push(c.policies);
    pools.set(c.request.principal.arn, pool);
  }
  return cases.map((c, i) => {
    const pool = pools.get(c.request.principal.arn)!;
    return { ...c, policies: pool[i % pool.length]! };
  });
}

/** Each scenario runs in a fresh process, so neither inherits the other's heap or JIT state. */
function runScenario(kind: 'own' | 'shared', o: Options): ScenarioResult {
  const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
  const args = ['--import', 'tsx', runner, 'iam', `--scenario=${kind}`, `requests=${o.requests}`, `seed=${o.seed}`];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`iam scenario ${kind} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ScenarioResult;
}

export async function main(args: string[]): Promise<void> {
  const child = args.find((a) => a.startsWith('--scenario='))?.slice('--scenario='.length);
  const o = parse(args.filter((a) => !a.startsWith('--scenario=')));
  if (child === 'own' || child === 'shared') {
    await loadCompiledEvaluator();
    const actions = await loadActions();
    const cases = Array.from({ length: o.requests }, (_, n) => generateCase(n, o.seed, actions));
    process.stdout.write(`${JSON.stringify(scenario(scenarioCases(cases, child), child === 'own'))}\n`);
    return;
  }
  build();
  const n = o.requests.toLocaleString('en');
  console.log(`${n} generated requests (seed ${o.seed}); ours from the compiled dist/; each scenario in a fresh process; CPU time, best of ${WARM_RUNS} runs of ${WARM_PASSES} passes each, per pass (ours warm), of 1 run (ours cold and compiling) and of 2 runs (iam-simulate)`);
  report(`\n1. every request with its own policies (${n} policy sets):`, o.requests, runScenario('own', o));
  report(`\n2. the same requests against ${SHARED_POLICY_SETS} shared policy sets (the graph's shape):`, o.requests, runScenario('shared', o));
}
