/**
 * Differential test: thousands of generated cases (test-support/cases.ts) decided by our evaluator and by
 * @cloud-copilot/iam-simulate, the oracle. Every disagreement must belong to a named class of
 * test-support/departures.ts, each a place where the oracle departs from AWS's documentation (with the
 * reference); anything else fails the test.
 *
 * Session policies are not compared: the oracle's entry point does not evaluate them (evaluate.test.ts covers them).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileApplicable, evaluateRequest } from './evaluate.js';
import { generateCase, loadActions } from './test-support/cases.js';
import { knownOracleDeparture } from './test-support/departures.js';
import { oracleDecision, toSimulation } from './test-support/oracle.js';

// Override to explore further: IAM_DIFF_CASES=100000 IAM_DIFF_SEED=7 node scripts/run-tests.mjs src/graph/iam/differential
const CASES = Number(process.env['IAM_DIFF_CASES'] ?? 5000);
const SEED = Number(process.env['IAM_DIFF_SEED'] ?? 20261128);

test(`our evaluator agrees with iam-simulate on ${CASES} generated cases, apart from named oracle departures`, async () => {
  const actions = await loadActions();
  const byClass = new Map<string, number>();
  const unexplained: string[] = [];
  const decisions = { Allow: 0, ExplicitDeny: 0, ImplicitDeny: 0 };
  for (let n = 0; n < CASES; n++) {
    const c = generateCase(n, SEED, actions);
    const ours = evaluateRequest(c.request, compileApplicable(c.policies));
    decisions[ours.decision]++;
    if (oracleDecision(toSimulation(c.request, c.policies)) === ours.decision) continue;
    const known = knownOracleDeparture(c, ours.decision);
    if (known) byClass.set(known, (byClass.get(known) ?? 0) + 1);
    else unexplained.push(`case ${n}: ours ${ours.decision} (${ours.summary})`);
  }
  const classes = [...byClass].map(([k, v]) => `${k}: ${v}`).join(', ') || 'none';
  console.log(`iam differential: ${CASES} cases, decisions ${JSON.stringify(decisions)}, unexplained disagreements ${unexplained.length}, oracle departures: ${classes}`);
  // The generator must exercise every decision, or agreement would mean little.
  for (const d of Object.values(decisions)) assert.ok(d > CASES / 20, `decision mix too thin: ${JSON.stringify(decisions)}`);
  assert.deepEqual(unexplained.slice(0, 10), [], `${unexplained.length} unexplained disagreements`);
});
