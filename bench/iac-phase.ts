/** One phase of the IaC benchmark, in its own process; prints one JSON line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHclFile } from '../src/sources/iac/terraform/hcl/index.js';
import { scanIac } from '../src/sources/iac/index.js';
import { Inventory } from '../src/engine/inventory.js';
import { runRules } from '../src/engine/runner.js';
import { allRules } from '../src/engine/registry.js';

const [phase, dir] = process.argv.slice(2) as ['parse' | 'scan', string];
// Load (and transpile) every module the phase runs before the clock starts: the benchmark measures
// scanning, not TypeScript compilation by the dev loader.
if (phase === 'scan') {
  await import('../src/sources/iac/terraform/index.js');
  await import('../src/sources/iac/cloudformation/index.js');
  await import('../src/sources/iac/kubernetes/index.js');
  allRules();
}
const t0 = performance.now();
const detail: Record<string, number> = {};
if (phase === 'parse') {
  let errors = 0;
  for (const d of readdirSync(dir).sort())
    for (const f of readdirSync(join(dir, d)).sort()) {
      const file = join(dir, d, f);
      errors += parseHclFile(file, readFileSync(file, 'utf8')).errors.length;
    }
  detail['parseErrors'] = errors;
} else {
  const scanned = await scanIac([dir], { frameworks: ['terraform'] });
  const resources = scanned.results.flatMap((r) => r.resources);
  const findings = runRules(new Inventory(resources), allRules());
  detail['resources'] = resources.length;
  detail['findings'] = findings.length;
  detail['failing'] = findings.filter((f) => f.status === 'fail').length;
  detail['errors'] = scanned.results.reduce((n, r) => n + r.errors.length, 0);
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, detail }));
