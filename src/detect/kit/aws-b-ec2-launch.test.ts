import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { isAcceleratedType, launchOf } from './aws-b-ec2-launch.js';

const run = (request: Record<string, unknown>, response?: Record<string, unknown>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'ec2', action: 'RunInstances', readOnly: false, resources: [], request, ...(response ? { response } : {}), origin: { file: 't', index: 0 } });

test('launch count: launched instances from the response, else the requested maximum', () => {
  assert.equal(launchOf(run({ instanceType: 't3.micro', instancesSet: { items: [{ imageId: 'ami-1', minCount: 1, maxCount: 25 }] } })).count, 25);
  assert.equal(launchOf(run({ instancesSet: { items: [{ imageId: 'ami-1', minCount: 1, maxCount: 25 }] } }, { instancesSet: { items: [{ instanceId: 'i-1', instanceType: 'p4d.24xlarge' }, { instanceId: 'i-2' }] } })).count, 2);
  assert.equal(launchOf(run({ instancesSet: { items: [{ imageId: 'ami-1', minCount: 1, maxCount: 1 }] } }, { instancesSet: { items: [{ instanceId: 'i-1', instanceType: 'p4d.24xlarge' }] } })).instanceType, 'p4d.24xlarge');
  assert.equal(launchOf(run({ iamInstanceProfile: { name: 'web' } })).instanceProfile, 'web');
});

test('accelerated families', () => {
  for (const t of ['p3.16xlarge', 'p4d.24xlarge', 'p5.48xlarge', 'g4dn.xlarge', 'g5.12xlarge', 'trn1.32xlarge', 'inf2.xlarge', 'f1.2xlarge', 'dl1.24xlarge']) assert.ok(isAcceleratedType(t), t);
  for (const t of ['t3.micro', 'm6i.large', 'c7g.xlarge', 'r6g.large', 'gp3']) assert.ok(!isAcceleratedType(t), t);
});
