/**
 * Issue 5, privilege escalation from a live scan: simcloud's privesc world holds, per technique, a user that
 * can use it and a near-miss twin that cannot; a scan through the real SDK and collectors, then the identity
 * graph, finds every first one (fail, or unknown where the outcome is not in the scan) and no twin.
 */
import { before, after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { buildGraph } from '../graph/build.js';
import { privescFindings } from '../graph/findings.js';
import { TECHNIQUES } from '../graph/privesc/index.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { CASES, REGION, privescWorld } from '../simcloud/world/privesc/index.js';
import { scanAws } from '../sources/live/aws/scan.js';

describe('privilege escalation over a live scan of the privesc world', () => {
  let sim: RunningSimcloud;
  let findings: Finding[];
  before(async () => {
    sim = await startSimcloud(privescWorld());
    const resources: Resource[] = [];
    const result = await scanAws({ credentials: { keys: { ...sim.credentials } }, endpoint: sim.endpoint, regions: [REGION], services: ['iam', 'lambda', 'ec2', 'sts'], homeRegion: 'us-east-1' }, { resource: (r) => resources.push(r) });
    assert.deepEqual(result.gaps.filter((g) => g.service === 'iam'), []);
    findings = privescFindings(buildGraph(resources));
  });
  after(async () => {
    await sim.close();
  });

  it('the world holds a case for every technique', () => {
    assert.deepEqual(CASES.map((c) => c.technique).sort(), TECHNIQUES.map((t) => t.id).sort());
  });

  for (const c of CASES) {
    it(`${c.technique}: found for pe-${c.technique}, not for its twin`, () => {
      const of = (name: string) => findings.filter((f) => f.resource.name === name && f.status !== 'pass');
      const mine = of(`pe-${c.technique}`).filter((f) => f.ruleId === `aws-iam-privesc-${c.technique}`);
      assert.ok(mine.length > 0, `no aws-iam-privesc-${c.technique} finding on pe-${c.technique}`);
      assert.ok(mine.every((f) => f.status === c.expect), mine.map((f) => f.status).join());
      assert.deepEqual(of(`pe-${c.technique}-twin`).map((f) => `${f.ruleId}: ${f.message}`), []);
    });
  }
});
