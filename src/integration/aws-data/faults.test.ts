/**
 * Partial failure is data: with 30% throttling and 5% server errors injected, every planted failure the data
 * collectors find on a clean run still fails or is reported unknown. Nothing silently passes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../engine/registry.js';
import { Inventory } from '../../engine/inventory.js';
import { runRules } from '../../engine/runner.js';
import type { Finding } from '../../findings/finding.js';
import type { Resource } from '../../model/core/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import { DATA_COLLECTORS, WORLD } from './planted.js';
import { run, start } from './world.js';

async function scan(sim: RunningSimcloud, attempts: number): Promise<{ findings: Finding[]; gaps: string[] }> {
  const resources: Resource[] = [];
  const gaps: string[] = [];
  // In parallel, as a scan runs services: retry back-off of one collector overlaps the others' calls.
  for (const out of await Promise.all(DATA_COLLECTORS.map((c) => run(sim, c, false, attempts)))) {
    resources.push(...out.resources);
    gaps.push(...out.gaps.map((g) => g.call));
  }
  return { findings: runRules(new Inventory(resources), allRules()), gaps };
}

describe('data collectors under injected faults', () => {
  let clean: RunningSimcloud;
  let faulty: RunningSimcloud;
  before(async () => {
    clean = await start(WORLD);
    faulty = await start(WORLD, [], { faults: { throttleRate: 0.3, errorRate: 0.05, seed: 5 } });
  });
  after(async () => {
    await clean.close();
    await faulty.close();
  });

  it('every clean failure still fails or is unknown; a vanished resource comes with a gap', async () => {
    const base = await scan(clean, 1);
    assert.deepEqual(base.gaps, []);
    const failing = base.findings.filter((f) => f.status === 'fail');
    assert.equal(failing.length, 36);
    const { findings, gaps } = await scan(faulty, 2);
    const { requests, throttled, errors } = faulty.faults.stats;
    assert.ok(throttled + errors > 0, 'no faults were injected');
    console.log(`faults: ${requests} requests, ${throttled} throttled, ${errors} server errors, ${gaps.length} gaps, ${findings.filter((f) => f.status === 'unknown').length} unknown verdicts`);
    for (const clean of failing) {
      const again = findings.find((f) => f.fingerprint === clean.fingerprint);
      // A resource whose listing failed for good is missing, and a gap says so; otherwise never a pass.
      if (!again) assert.ok(gaps.length > 0, `${clean.ruleId} on ${clean.resource.name} vanished without a gap`);
      else assert.notEqual(again.status, 'pass', `${clean.ruleId} on ${clean.resource.name} silently passed`);
    }
    // Every unknown verdict names its cause.
    for (const f of findings.filter((x) => x.status === 'unknown')) assert.match(f.message, /Throttl|Server|failed/);
  });
});
