/** AWS Config snapshots go through the same rules as IaC and live scans: the planted problems are found. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { importAwsConfig } from '../sources/inventory/aws-config/index.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { allRules } from '../engine/registry.js';

const TESTDATA = fileURLToPath(new URL('../sources/inventory/aws-config/testdata/', import.meta.url));

test('the rule catalogue judges imported Config items', async () => {
  const { resources } = await importAwsConfig([TESTDATA]);
  const findings = runRules(new Inventory(resources), allRules(), { now: new Date('2026-11-28T00:00:00Z') });
  const status = (rule: string, uid: string) => findings.filter((f) => f.ruleId === rule && f.resource.id === uid).map((f) => f.status);
  assert.ok(status('aws-s3-bucket-public-acl', 'arn:aws:s3:::public-reports').includes('fail'));
  assert.ok(status('aws-s3-bucket-public-access-block', 'arn:aws:s3:::public-reports').includes('fail'));
  assert.deepEqual(status('aws-s3-bucket-public-access-block', 'arn:aws:s3:::locked-down'), ['pass']);
  assert.deepEqual(status('aws-s3-bucket-tls-only', 'arn:aws:s3:::locked-down'), ['pass']);
  const sg = 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0admin';
  assert.ok(status('aws-ec2-sg-ssh-open', sg).includes('fail'));
  assert.ok(!status('aws-ec2-sg-all-ports-open', sg).includes('fail'), 'port 443 and egress are not findings');
  assert.ok(status('aws-ec2-ebs-volume-encrypted', 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-1').includes('fail'));
  assert.ok(status('aws-ec2-instance-imdsv2', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1').includes('fail'));
  assert.deepEqual(status('aws-ec2-instance-admin-role', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1'), ['fail'], 'the role that lists the instance profile has AdministratorAccess');
  assert.ok(status('aws-iam-role-trust-any-principal', 'arn:aws:iam::111122223333:role/open-role').includes('fail'));
  assert.ok(status('aws-rds-instance-public', 'arn:aws:rds:eu-west-1:111122223333:db:payments').includes('fail'));
  assert.ok(status('aws-cloudtrail-multi-region', 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main').includes('fail'));
  // What Config does not record is unknown, never a silent pass.
  assert.deepEqual(status('aws-ec2-instance-userdata-secrets', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1'), ['unknown']);
});
