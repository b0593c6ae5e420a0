/**
 * Issue 5, the demo's planted attack path from a live scan of the demo organization: the internet reaches the
 * payments bastion (SSH open, CVE-2024-6387 with a public exploit), which runs as payments-bastion, whose
 * PassRole on * and lambda:CreateFunction hand it payments-automation (AdministratorAccess). The graph reports
 * it as one path with an explanation per edge, and with the attack-path risk factor its findings rank first.
 */
import { before, after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { allRules } from '../engine/registry.js';
import { runRules } from '../engine/runner.js';
import { DEFAULT_FACTORS, scoreFindings } from '../engine/risk/index.js';
import { buildGraph, type ScanGraph } from '../graph/build.js';
import { attackPathFactor, attackPathFindings } from '../graph/findings.js';
import { attackPaths, type AttackPath } from '../graph/paths.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { demoWorld, DEMO_CREDENTIALS, PRODUCTION } from '../simcloud/world/demo/index.js';
import { scanAws } from '../sources/live/aws/scan.js';

const BASTION = `arn:aws:ec2:eu-west-1:${PRODUCTION}:instance/i-0ba57100000000a01`;

describe('the demo attack path', () => {
  let sim: RunningSimcloud;
  let resources: Resource[];
  let sg: ScanGraph;
  let paths: AttackPath[];
  before(async () => {
    sim = await startSimcloud(demoWorld());
    resources = [];
    await scanAws({ credentials: { keys: { ...DEMO_CREDENTIALS } }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1' }, { resource: (r) => resources.push(r) });
    sg = buildGraph(resources);
    paths = attackPaths(sg);
  });
  after(async () => {
    await sim.close();
  });

  it('is one path: internet -> bastion -> payments-bastion -> payments-automation -> administrator', () => {
    const p = paths.find((x) => x.kind === 'internet-to-admin' && x.entry.key === BASTION);
    assert.ok(p, `paths: ${paths.map((x) => `${x.kind} ${x.entry.label}`).join(', ')}`);
    assert.deepEqual(p.steps.map((s) => [s.edge.kind, s.to.label]), [
      ['reachable-from-internet', 'payments-bastion'],
      ['runs-as', 'payments-bastion'],
      ['can-escalate', 'payments-automation'],
      ['is-admin', `administrator of account ${PRODUCTION}`],
    ]);
    assert.ok(p.foothold.some((f) => f.includes('CVE-2024-6387')));
    assert.ok(p.foothold.some((f) => f.includes('22')));
    for (const s of p.steps) assert.ok(s.edge.explanation?.summary, `${s.edge.kind} has an explanation`);
    assert.match(p.steps[0]!.edge.explanation!.steps!.join('\n'), /sg-prod-bastion|payments-bastion ingress/);
    assert.equal(p.steps[2]!.edge.explanation!.technique?.startsWith('passrole-lambda'), true);
  });

  it('ranks the path findings, and the bastion findings, highest once the attack-path factor applies', () => {
    const inventory = new Inventory(resources);
    const factors = [...DEFAULT_FACTORS, attackPathFactor(sg, paths)];
    const now = new Date('2026-11-28T12:00:00Z');
    const findings: Finding[] = [...runRules(inventory, allRules(), { now, riskFactors: factors }), ...scoreFindings(attackPathFindings(sg, paths), inventory.context(now), factors)];
    const top = [...findings].sort((a, b) => (b.risk?.score ?? 0) - (a.risk?.score ?? 0))[0]!;
    assert.equal(top.resource.id, BASTION);
    const pathFinding = findings.find((f) => f.ruleId === 'aws-attack-path-internet-to-admin' && f.resource.id === BASTION)!;
    assert.equal(pathFinding.risk!.score, top.risk!.score);
    assert.ok(pathFinding.risk!.factors.some((f) => f.factor === 'attack-path'));
  });
});
