/**
 * One phase of the IaC benchmark, in its own process; prints one JSON line. Runs the compiled code in
 * dist/ (what `cloudwarden` executes), not the dev loader's on-the-fly transpilation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ParseModNs from '../src/sources/iac/terraform/hcl/index.js';
import type * as IacModNs from '../src/sources/iac/index.js';
import type * as InvModNs from '../src/engine/inventory.js';
import type * as RunModNs from '../src/engine/runner.js';
import type * as RegModNs from '../src/engine/registry.js';
import type * as DiscoverModNs from '../src/sources/iac/discover.js';
import type * as RootsModNs from '../src/sources/iac/terraform/roots.js';
import type * as EvalModNs from '../src/sources/iac/terraform/evaluate.js';
import type * as AdaptModNs from '../src/sources/iac/terraform/adapters/index.js';

const [phase, dir] = process.argv.slice(2) as ['parse' | 'scan' | 'phases', string];
const dist = new URL('../dist/', import.meta.url);
const load = async <T>(path: string): Promise<T> => (await import(new URL(path, dist).href)) as T;

type ParseMod = typeof ParseModNs;
type IacMod = typeof IacModNs;
type InvMod = typeof InvModNs;
type RunMod = typeof RunModNs;
type RegMod = typeof RegModNs;
type DiscoverMod = typeof DiscoverModNs;
type RootsMod = typeof RootsModNs;
type EvalMod = typeof EvalModNs;
type AdaptMod = typeof AdaptModNs;

const { parseHclFile } = await load<ParseMod>('sources/iac/terraform/hcl/index.js');
const { scanIac } = await load<IacMod>('sources/iac/index.js');
const { Inventory } = await load<InvMod>('engine/inventory.js');
const { runRules } = await load<RunMod>('engine/runner.js');
const { allRules } = await load<RegMod>('engine/registry.js');
const { listCandidateFiles } = await load<DiscoverMod>('sources/iac/discover.js');
const { findTerraformRoots } = await load<RootsMod>('sources/iac/terraform/roots.js');
const { evaluateTerraformRoot } = await load<EvalMod>('sources/iac/terraform/evaluate.js');
const { adaptTerraform } = await load<AdaptMod>('sources/iac/terraform/adapters/index.js');
// Load every module the scan uses before the clock starts.
await load('sources/iac/terraform/index.js');
const rules = allRules();

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const t0 = performance.now();
const c0 = cpu();
const detail: Record<string, number> = {};
if (phase === 'parse') {
  let errors = 0;
  for (const d of readdirSync(dir).sort())
    for (const f of readdirSync(join(dir, d)).sort()) {
      const file = join(dir, d, f);
      errors += parseHclFile(file, readFileSync(file, 'utf8')).errors.length;
    }
  detail['parseErrors'] = errors;
} else if (phase === 'phases') {
  // The scan's stages one after another, in CPU milliseconds (steadier than wall time on a shared machine).
  // Roots and evaluation each read the files here; within scanIac they share one read.
  let c = cpu();
  const lap = (name: string): void => {
    const now = cpu();
    detail[name] = Math.round((detail[name] ?? 0) + (now - c) * 1000);
    c = now;
  };
  const { files } = await listCandidateFiles([dir]);
  lap('discoverMs');
  const roots = await findTerraformRoots(files);
  lap('rootsMs');
  const resources = [];
  for (const root of roots) {
    lap('otherMs');
    const ev = await evaluateTerraformRoot(root, {});
    lap('evaluateMs');
    resources.push(...adaptTerraform(ev.instances, ev.providers).resources);
    lap('adaptMs');
  }
  runRules(new Inventory(resources), rules);
  lap('rulesMs');
} else {
  const scanned = await scanIac([dir], { frameworks: ['terraform'] });
  const resources = scanned.results.flatMap((r) => r.resources);
  const findings = runRules(new Inventory(resources), rules);
  detail['resources'] = resources.length;
  detail['findings'] = findings.length;
  detail['failing'] = findings.filter((f) => f.status === 'fail').length;
  detail['errors'] = scanned.results.reduce((n, r) => n + r.errors.length, 0);
}
const seconds = (performance.now() - t0) / 1000;
const cpuSeconds = cpu() - c0;
console.log(JSON.stringify({ seconds, cpuSeconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }));
