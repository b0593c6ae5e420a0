/**
 * The data collectors' resources, discovered through the real SDK from simcloud, run through the real rule
 * catalogue: each planted misconfiguration fails, each compliant twin passes, nothing reads as unknown.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../engine/registry.js';
import { Inventory } from '../../engine/inventory.js';
import { runRules } from '../../engine/runner.js';
import type { Finding } from '../../findings/finding.js';
import type { Resource } from '../../model/core/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import sns from '../../sources/live/aws/collectors/sns.js';
import { DATA_COLLECTORS, EXPECTED, WORLD } from './planted.js';
import { ACCOUNT, run, start } from './world.js';

describe('data collectors → rule catalogue', () => {
  let sim: RunningSimcloud;
  let findings: Finding[];
  let resources: Resource[];
  before(async () => {
    sim = await start(WORLD, ['sns:GetTopicAttributes']);
    resources = [];
    for (const c of DATA_COLLECTORS) {
      const out = await run(sim, c);
      assert.deepEqual(out.gaps, [], `${c.id} recorded gaps`);
      resources.push(...out.resources);
    }
    findings = runRules(new Inventory(resources), allRules());
  });
  after(() => sim.close());

  it('every planted verdict is reached, pointing at the API call', () => {
    for (const [ruleId, byName] of Object.entries(EXPECTED)) {
      for (const [name, status] of Object.entries(byName)) {
        const got = findings.filter((f) => f.ruleId === ruleId && f.resource.name === name);
        assert.ok(got.length > 0, `${ruleId} did not judge ${name}`);
        assert.deepEqual(got.map((f) => f.status), got.map(() => status), `${ruleId} on ${name}`);
        for (const f of got) {
          assert.equal(f.source.kind, 'api', `${ruleId} on ${name} has no API evidence`);
          assert.equal(f.resource.account, ACCOUNT);
        }
      }
    }
  });

  it('no rule reads a discovered data resource as unknown', () => {
    const unknown = findings.filter((f) => f.status === 'unknown').map((f) => `${f.ruleId} on ${f.resource.name}: ${f.message}`);
    assert.deepEqual(unknown, []);
  });

  it('a denied attribute call turns the topic verdicts into unknown, never pass or fail', async () => {
    const out = await run(sim, sns, true);
    assert.equal(out.gaps.length, 2);
    const topicFindings = runRules(new Inventory(out.resources), allRules()).filter((f) => f.ruleId.startsWith('aws-sns-'));
    // Encryption, CMK, public-policy and cross-account rules, on both topics.
    assert.equal(topicFindings.length, 8);
    for (const f of topicFindings) {
      assert.equal(f.status, 'unknown', `${f.ruleId} on ${f.resource.name}`);
      assert.match(f.message, /AccessDenied/);
    }
  });
});
