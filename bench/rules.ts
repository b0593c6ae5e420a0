/**
 * Rule evaluation benchmark (issue 4: `npm run bench -- rules [resources=1000000]`): every rule of the
 * catalogue over a generated inventory of a million resources; goal under 30 s and 2 GiB on this machine.
 *
 * The inventory is grown from real model resources, not synthetic ones: the templates are what a live scan
 * of simcloud's demo world (every collector, through the SDK) and an IaC scan of examples/demo-project
 * produce, so every resource type with rules appears with the property shapes rules really read. Each
 * generated resource is a deep copy of a live template (its own objects, as a real inventory's would be) in
 * a copy of the organization's accounts; the IaC project's resources appear once. The types keep the live
 * templates' proportions.
 *
 * Two phases run in one fresh child process so its peak RSS is the pipeline's own:
 *   build    — generate the resources and index them in an Inventory (what any source would hand over);
 *   evaluate — `forEachFinding` with every rule and the framework look-up, counting findings by status
 *              (findings stream to a sink, as a store writer would take them; none are kept).
 * The build phase is the floor the evaluation is compared with: both touch every resource once. The child runs
 * the compiled dist/ (built first), as `cloudwarden` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resource } from '../src/model/core/index.js';
import type * as InventoryModule from '../src/engine/inventory.js';
import type * as RunnerModule from '../src/engine/runner.js';
import type * as RegistryModule from '../src/engine/registry.js';
import type * as FrameworksModule from '../src/frameworks/index.js';

/**
 * The child evaluates with the compiled code in dist/ (what `cloudwarden` executes; built first), not the dev
 * loader's on-the-fly transpilation, as the iam bench does.
 */
async function loadCompiled(): Promise<{ Inventory: typeof InventoryModule.Inventory; forEachFinding: typeof RunnerModule.forEachFinding; allRules: typeof RegistryModule.allRules; frameworksFor: typeof FrameworksModule.frameworksFor }> {
  const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
  const [{ Inventory }, { forEachFinding }, { allRules }, { frameworksFor }] = await Promise.all([
    import(dist('engine/inventory.js')) as Promise<typeof InventoryModule>,
    import(dist('engine/runner.js')) as Promise<typeof RunnerModule>,
    import(dist('engine/registry.js')) as Promise<typeof RegistryModule>,
    import(dist('frameworks/index.js')) as Promise<typeof FrameworksModule>,
  ]);
  return { Inventory, forEachFinding, allRules, frameworksFor };
}

function build(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

interface Options { resources: number; profile?: string }

function parse(args: string[]): Options {
  const o: Options = { resources: 1_000_000 };
  for (const a of args) {
    const [k, v] = a.split('=');
    if (k === 'profile' && v) o.profile = v;
    else if (k === 'resources' && v && Number.isInteger(Number(v)) && Number(v) > 0) o.resources = Number(v);
    else throw new Error(`usage: npm run bench -- rules [resources=N] [profile=DIR] (bad "${a}"; profile writes a V8 CPU profile of the child)`);
  }
  return o;
}

/** Template resources: a live scan of the demo world plus the IaC demo project. */
async function templates(): Promise<Resource[]> {
  const { startSimcloud } = await import('../src/simcloud/testing.js');
  const { demoWorld, DEMO_CREDENTIALS } = await import('../src/simcloud/world/demo/index.js');
  const { scanAws } = await import('../src/sources/live/aws/scan.js');
  const { scanIac } = await import('../src/sources/iac/index.js');
  const out: Resource[] = [];
  const sim = await startSimcloud(demoWorld());
  try {
    await scanAws({ credentials: { keys: { ...DEMO_CREDENTIALS } }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1' }, { resource: (r) => out.push(r) });
  } finally {
    await sim.close();
  }
  const iac = await scanIac([fileURLToPath(new URL('../examples/demo-project/', import.meta.url))]);
  for (const r of iac.results) out.push(...r.resources);
  return out;
}

interface ChildResult {
  resources: number;
  types: number;
  rules: number;
  buildSeconds: number;
  evaluateSeconds: number;
  evaluations: number;
  findings: Record<string, number>;
  maxRssMiB: number;
}

/**
 * The child: build the inventory, then evaluate every rule, and print one JSON line.
 *
 * Copy g of the templates is a new set of accounts: every template account id is rewritten to one of its own
 * in the whole JSON text (uids, ARNs inside properties and policies), so each copy is a consistent
 * organization slice whose references resolve within it, as in a real fleet of many accounts.
 */
const provenances = new Map<string, unknown>();
function shared(source: unknown): unknown {
  const p = source as { kind?: string; call?: string; account?: string; region?: string } | undefined;
  if (p?.kind !== 'api') return source;
  const key = `${p.call}\u0000${p.account}\u0000${p.region}`;
  let s = provenances.get(key);
  if (!s) provenances.set(key, (s = source));
  return s;
}

const strings = new Map<string, string>();
function canonical(x: string): string {
  let s = strings.get(x);
  if (s === undefined) strings.set(x, (s = x));
  return s;
}
const origins = new Map<string, unknown>();
function sharedOrigin(o: { kind: string; call?: string }): unknown {
  if (o.kind !== 'live' || !o.call) return o;
  let s = origins.get(o.call);
  if (!s) origins.set(o.call, (s = o));
  return s;
}
const noTags = new Map<unknown, unknown>();
function sharedNoTags(t: { source: unknown }): unknown {
  let s = noTags.get(t.source);
  if (!s) noTags.set(t.source, (s = t));
  return s;
}

async function child(templateFile: string, n: number): Promise<void> {
  const { Inventory, forEachFinding, allRules, frameworksFor } = await loadCompiled();
  const all = readFileSync(templateFile, 'utf8').split('\n').filter(Boolean);
  // Copies are accounts of a fleet: live resources are copied; the IaC project's resources (which belong to no
  // account) are one project in the inventory, not thousands of copies of it.
  const iac = all.filter((l) => (JSON.parse(l) as { origin: { kind: string } }).origin.kind === 'iac');
  const lines = all.filter((l) => !iac.includes(l));
  const accounts = [...new Set(lines.map((l) => (JSON.parse(l) as { account?: string }).account).filter((a): a is string => !!a && /^\d{12}$/.test(a)))];
  const accountPattern = new RegExp(accounts.join('|'), 'g');
  const t0 = performance.now();
  const inv = new Inventory();
  for (const l of iac) inv.add(JSON.parse(l) as Resource);
  for (let i = 0; i < n - iac.length; i++) {
    const copy = Math.floor(i / lines.length);
    const line = lines[i % lines.length]!;
    const text = copy === 0 ? line : line.replace(accountPattern, (a) => String(200_000_000_000 + copy * accounts.length + accounts.indexOf(a)));
    const r = JSON.parse(text) as { uid: string; type: string; region?: string; origin: { kind: string; call?: string }; source: unknown; tags: { source: unknown; value?: object }; properties: Record<string, { source?: unknown }> };
    // A live collector shares one provenance object per API call among the values it sourced; JSON copies
    // would give each value its own, so they are shared again here (IaC provenance, per value, is kept).
    r.source = shared(r.source);
    if (r.tags) r.tags.source = shared(r.tags.source);
    // And, as the collectors do, one origin object per listing call and one "no tags" value per call.
    r.origin = sharedOrigin(r.origin) as typeof r.origin;
    if (r.tags && Object.keys(r.tags.value ?? { x: 1 }).length === 0) r.tags = sharedNoTags(r.tags) as typeof r.tags;
    // The type is a literal and the region the collector context's string, one each for all resources.
    r.type = canonical(r.type);
    if (r.region) r.region = canonical(r.region);
    for (const v of Object.values(r.properties)) if (v && typeof v === 'object' && 'source' in v) v.source = shared(v.source);
    // A uid with no account in it (an IaC address), or one two templates share, is made unique.
    if (inv.get(r.uid)) r.uid = `${r.uid}#${i}`;
    inv.add(r as unknown as Resource);
  }
  const t1 = performance.now();
  const rules = allRules();
  const perType = new Map<string, number>();
  for (const rule of rules) perType.set(rule.resourceType, (perType.get(rule.resourceType) ?? 0) + 1);
  let evaluations = 0;
  const types = new Set<string>();
  for (const r of inv.all()) {
    types.add(r.type);
    evaluations += perType.get(r.type) ?? 0;
  }
  const findings: Record<string, number> = {};
  const t2 = performance.now();
  forEachFinding(inv, rules, { now: new Date('2026-11-28T12:00:00Z'), frameworksFor }, (f) => {
    findings[f.status] = (findings[f.status] ?? 0) + 1;
  });
  const t3 = performance.now();
  const result: ChildResult = {
    resources: inv.size,
    types: types.size,
    rules: rules.length,
    buildSeconds: (t1 - t0) / 1000,
    evaluateSeconds: (t3 - t2) / 1000,
    evaluations,
    findings,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export async function main(args: string[]): Promise<void> {
  if (args[0] === '--child') return child(args[1]!, Number(args[2]));
  const o = parse(args);
  build();
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';
  const tpl = await templates();
  const dir = mkdtempSync(join(tmpdir(), 'cloudwarden-bench-rules-'));
  const file = join(dir, 'templates.jsonl');
  try {
    writeFileSync(file, tpl.map((r) => JSON.stringify(r)).join('\n'));
    console.log(`templates: ${tpl.length} resources of ${new Set(tpl.map((r) => r.type)).size} types (live demo-world scan + examples/demo-project)`);
    const self = fileURLToPath(import.meta.url);
    const runner = fileURLToPath(new URL('./run.ts', import.meta.url));
    const prof = o.profile ? ['--cpu-prof', `--cpu-prof-dir=${o.profile}`] : [];
    const r = spawnSync(process.execPath, [...prof, '--max-old-space-size=4096', '--import', 'tsx', runner, 'rules', '--child', file, String(o.resources)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`evaluation child failed (${self}):\n${r.stderr}`);
    const c = JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
    const total = c.buildSeconds + c.evaluateSeconds;
    console.log(`inventory: ${c.resources.toLocaleString('en')} resources of ${c.types} types; ${c.rules} rules loaded`);
    console.log(`build (floor)  ${c.buildSeconds.toFixed(2).padStart(7)} s  ${Math.round(c.resources / c.buildSeconds).toLocaleString('en').padStart(11)} resources/s`);
    console.log(`evaluate       ${c.evaluateSeconds.toFixed(2).padStart(7)} s  ${Math.round(c.resources / c.evaluateSeconds).toLocaleString('en').padStart(11)} resources/s  ${Math.round(c.evaluations / c.evaluateSeconds).toLocaleString('en')} rule evaluations/s (${c.evaluations.toLocaleString('en')} evaluations)`);
    console.log(`findings: ${Object.entries(c.findings).map(([k, v]) => `${k}=${v.toLocaleString('en')}`).join(' ')}`);
    console.log(`evaluation ${c.evaluateSeconds.toFixed(1)} s (goal < 30 s; with building the inventory ${total.toFixed(1)} s), peak RSS ${c.maxRssMiB.toFixed(0)} MiB (goal < 2048 MiB); evaluate / build ratio ${(c.evaluateSeconds / c.buildSeconds).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
