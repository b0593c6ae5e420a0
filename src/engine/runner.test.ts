import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaulted, explicit, unresolvable, type Resource } from '../model/core/index.js';
import { check, defineRule } from '../rules/kit/index.js';
import type { AnyRule } from '../rules/kit/rule.js';
import { Inventory } from './inventory.js';
import { runRules, fingerprint } from './runner.js';

const block = { kind: 'iac', file: 'main.tf', startLine: 3, endLine: 9 } as const;
function volume(uid: string, encrypted: ReturnType<typeof explicit<boolean>> | ReturnType<typeof unresolvable<boolean>>): Resource {
  return { uid, type: 'aws.ec2.volume', provider: 'aws', name: uid, tags: explicit({}), source: block, origin: { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 3, endLine: 9, address: uid },
    properties: { encrypted, kmsKeyId: defaulted(null, block), sizeGiB: explicit(10), volumeType: explicit('gp3'), attachedInstances: explicit([]) } };
}

const rule = defineRule({
  id: 'aws-ec2-test-encrypted', title: 'Volume not encrypted', severity: 'high', provider: 'aws', service: 'ec2', resourceType: 'aws.ec2.volume',
  description: 'test rule', risk: 'test risk', remediation: { cli: 'x' }, references: ['https://example.com'],
  evaluate: (v) => check('encrypted', v.properties.encrypted, (e) => e, { pass: 'encrypted', fail: 'not encrypted' }),
}) as unknown as AnyRule;

test('pass, fail and unknown come from the value; an unresolvable value is never pass or fail', () => {
  const at5 = { kind: 'iac', file: 'main.tf', startLine: 5, endLine: 5 } as const;
  const inv = new Inventory([volume('a', explicit(true, at5)), volume('b', explicit(false, at5)), volume('c', unresolvable('var.enc has no value', at5))]);
  const fs = runRules(inv, [rule]);
  assert.deepEqual(fs.map((f) => f.status), ['pass', 'fail', 'unknown']);
  assert.match(fs[2]!.message, /var\.enc has no value/);
  assert.deepEqual(fs[1]!.location, { file: 'main.tf', startLine: 5, endLine: 5 });
  assert.equal(fs[1]!.evidence[0]!.path, 'encrypted');
});

test('fingerprints are stable across runs and differ by resource, rule and discriminator', () => {
  const r = volume('a', explicit(false));
  const one = runRules(new Inventory([r]), [rule])[0]!.fingerprint;
  const two = runRules(new Inventory([volume('a', explicit(false))]), [rule])[0]!.fingerprint;
  assert.equal(one, two);
  assert.notEqual(fingerprint('x', r), fingerprint('y', r));
  assert.notEqual(fingerprint('x', r, 'ingress[0]'), fingerprint('x', r, 'ingress[1]'));
  assert.notEqual(one, runRules(new Inventory([volume('b', explicit(false))]), [rule])[0]!.fingerprint);
});

test('a rule that throws yields an unknown finding and the run goes on', () => {
  const broken = { ...rule, id: 'aws-ec2-test-broken', evaluate: () => { throw new Error('boom'); } } as AnyRule;
  const fs = runRules(new Inventory([volume('a', explicit(true))]), [broken, rule]);
  assert.equal(fs.length, 2);
  assert.equal(fs[0]!.status, 'unknown');
  assert.match(fs[0]!.message, /boom/);
  assert.equal(fs[1]!.status, 'pass');
});

test('context finds resources referencing a uid', () => {
  const inv = new Inventory([volume('a', explicit(true))]);
  const log = { ...volume('flow', explicit(true)), type: 'aws.ec2.flow-log', properties: { resourceId: explicit('vpc-1'), trafficType: explicit('ALL'), destinationType: explicit('s3') } } as Resource;
  inv.add(log);
  assert.equal(inv.context().referencing('aws.ec2.flow-log', 'resourceId', 'vpc-1').length, 1);
  assert.equal(inv.context().referencing('aws.ec2.flow-log', 'resourceId', 'vpc-2').length, 0);
});
