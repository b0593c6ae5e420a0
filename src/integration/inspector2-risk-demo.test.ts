/**
 * Issue 4, vulnerability data and risk: a live scan of simcloud's demo world through the real SDK puts every
 * Inspector finding on the uid the EC2, ECR and Lambda collectors give the affected resource, and the demo
 * bastion (public, SSH open to the internet, CVE-2024-6387 and CVE-2023-38408 with exploits) carries the
 * highest risk score of each severity it has findings in.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { demoWorld, DEMO_CREDENTIALS, PRODUCTION } from '../simcloud/world/demo/index.js';
import { scanAws } from '../sources/live/aws/scan.js';
import { isKnown, SEVERITIES, type Resource } from '../model/core/index.js';
import type { ModelResource } from '../model/types.js';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { allRules } from '../engine/registry.js';

const BASTION = `arn:aws:ec2:eu-west-1:${PRODUCTION}:instance/i-0ba57100000000a01`;
let sim: RunningSimcloud;
let resources: Resource[];
let findings: Finding[];

before(async () => {
  sim = await startSimcloud(demoWorld());
  resources = [];
  await scanAws({ credentials: { keys: { ...DEMO_CREDENTIALS } }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1' }, { resource: (r) => resources.push(r) });
  findings = runRules(new Inventory(resources), allRules(), { now: new Date('2026-11-28T12:00:00Z') });
});

after(async () => {
  await sim.close();
});

const TYPE_OF = { AWS_EC2_INSTANCE: 'aws.ec2.instance', AWS_ECR_CONTAINER_IMAGE: 'aws.ecr.image', AWS_LAMBDA_FUNCTION: 'aws.lambda.function' } as const;

test('every Inspector finding lands on the instance, image or function uid its collector produced', () => {
  const byUid = new Map(resources.map((r) => [r.uid, r]));
  const vulns = resources.filter((r): r is ModelResource<'vulnerability.finding'> => r.type === 'vulnerability.finding');
  assert.ok(vulns.length >= 4, `${vulns.length} Inspector findings`);
  const kinds = new Set<string>();
  for (const v of vulns) {
    const p = v.properties;
    assert.equal(isKnown(p.scanner) && p.scanner.value, 'inspector2');
    const kind = (isKnown(p.resourceType) ? p.resourceType.value : '') as keyof typeof TYPE_OF;
    const target = isKnown(p.resourceUid) ? byUid.get(p.resourceUid.value) : undefined;
    assert.ok(target, `${v.name}: no collected resource has uid ${isKnown(p.resourceUid) ? p.resourceUid.value : '?'}`);
    assert.equal(target.type, TYPE_OF[kind], `${v.name} lands on a ${target.type}`);
    kinds.add(target.type);
  }
  assert.deepEqual([...kinds].sort(), ['aws.ec2.instance', 'aws.ecr.image', 'aws.lambda.function']);
  const onBastion = vulns.filter((v) => isKnown(v.properties.resourceUid) && v.properties.resourceUid.value === BASTION).map((v) => isKnown(v.properties.vulnerabilityId) && v.properties.vulnerabilityId.value);
  assert.deepEqual(onBastion.sort(), ['CVE-2023-38408', 'CVE-2024-6387']);
});

test('the image and function rules see the correlated CVEs (exploitable-cve fails on each)', () => {
  const failing = (rule: string) => findings.filter((f) => f.ruleId === rule && f.status === 'fail').map((f) => f.resource.id);
  assert.deepEqual(failing('aws-ec2-instance-exploitable-cve'), [BASTION]);
  assert.ok(failing('aws-ecr-image-exploitable-cve').some((id) => id.startsWith(`arn:aws:ecr:eu-west-1:${PRODUCTION}:repository/payments-api@sha256:`)));
  assert.deepEqual(failing('aws-lambda-function-exploitable-cve'), [`arn:aws:lambda:eu-west-1:${PRODUCTION}:function:payments-webhook`]);
});

test('every finding has a risk score in 0..100 equal to the sum of its factors; passes score 0', () => {
  for (const f of findings) {
    assert.ok(f.risk, `${f.ruleId} on ${f.resource.id} has no risk`);
    assert.ok(f.risk.score >= 0 && f.risk.score <= 100);
    assert.equal(f.risk.factors.reduce((n, x) => n + x.points, 0), f.risk.score);
    if (f.status === 'pass') assert.equal(f.risk.score, 0);
  }
});

test("the bastion's findings carry the highest risk of their severity, explained by exposure and the exploitable CVE", () => {
  const failing = findings.filter((f) => f.status === 'fail' && !f.muted);
  const onBastion = failing.filter((f) => f.resource.id === BASTION);
  const severities = SEVERITIES.filter((s) => onBastion.some((f) => f.severity === s));
  assert.ok(severities.includes('critical'), 'the bastion has a critical finding (the exploitable CVE)');
  for (const s of severities) {
    const mine = Math.min(...onBastion.filter((f) => f.severity === s).map((f) => f.risk!.score));
    const others = failing.filter((f) => f.severity === s && f.resource.id !== BASTION).map((f) => f.risk!.score);
    assert.ok(others.every((o) => o < mine), `${s}: bastion ${mine}, others up to ${Math.max(...others)}`);
  }
  const cve = onBastion.find((f) => f.ruleId === 'aws-ec2-instance-exploitable-cve')!;
  assert.deepEqual(cve.risk!.factors.map((x) => x.factor), ['severity', 'public-exposure', 'exploitable-vulnerability']);
  assert.match(cve.risk!.factors[1]!.detail, /admits SSH from the internet/);
  assert.match(cve.risk!.factors[2]!.detail, /CVE-2023-38408 \(CVSS 9\.8\) has a known exploit, reported by inspector2/);
});
