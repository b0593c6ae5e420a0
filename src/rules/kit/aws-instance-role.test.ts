import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../../model/core/index.js';
import { ec2Instance } from './aws-compute-fixtures.js';
import { fixtureContext, v } from './aws-logging-fixtures.js';
import { iamRole } from './fixtures-iam.js';
import { instanceRole } from './aws-instance-role.js';

const PROFILE = 'arn:aws:iam::111122223333:instance-profile/web';
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const web = ec2Instance('i-web', { iamInstanceProfile: v(PROFILE) });

test('the role is the one that lists the profile, not one named like it', () => {
  const ctx = fixtureContext([web, iamRole('web', trust, { instanceProfiles: v([]) }), iamRole('app', trust, { instanceProfiles: v([PROFILE]) })]);
  const found = instanceRole(web, ctx);
  assert.equal(found.kind, 'role');
  assert.equal(found.kind === 'role' && found.role.name, 'app');
});

test('no profile, no IAM in the scan, an unknown profile, and a profile no role lists', () => {
  assert.deepEqual(instanceRole(ec2Instance('i-plain'), fixtureContext([])), { kind: 'no-profile' });
  assert.deepEqual(instanceRole(web, fixtureContext([web])), { kind: 'iam-not-scanned', profile: PROFILE });
  const hidden = ec2Instance('i-hidden', { iamInstanceProfile: unresolvable('AccessDenied on DescribeInstances') });
  const r1 = instanceRole(hidden, fixtureContext([hidden]));
  assert.equal(r1.kind, 'unknown');
  assert.match(r1.kind === 'unknown' ? r1.reason : '', /AccessDenied on DescribeInstances/);
  const r2 = instanceRole(web, fixtureContext([web, iamRole('other', trust, { instanceProfiles: v([]) })]));
  assert.match(r2.kind === 'unknown' ? r2.reason : '', /no role in the scan lists instance profile .*web \(its role is outside the scan/);
  const r3 = instanceRole(web, fixtureContext([web, iamRole('legacy', trust)]));
  assert.match(r3.kind === 'unknown' ? r3.reason : '', /1 role\(s\) of the account have no recorded instance profiles/);
});
