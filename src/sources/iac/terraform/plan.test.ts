import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Resource } from '../../../model/core/index.js';
import type { Ec2InstanceProperties, LoadBalancerProperties, S3BucketProperties, SecurityGroupProperties } from '../../../model/aws/index.js';
import { adaptTerraform } from './adapters/index.js';
import { isTerraformPlanOrState, planInstances, scanTerraformPlan } from './plan.js';

const dir = fileURLToPath(new URL('./testdata/', import.meta.url));
const PLAN = join(dir, 'plan.json');
const STATE = join(dir, 'state.json');

function lineOf(file: string, needle: string, from = 1): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l, n) => n + 1 >= from && l.includes(needle));
  assert.ok(i >= 0, `${needle} not in ${file}`);
  return i + 1;
}

function byUid(rs: Resource[], uid: string): Resource {
  const r = rs.find((x) => x.uid === uid);
  assert.ok(r, `no ${uid} in ${rs.map((x) => x.uid).join(', ')}`);
  return r;
}

test('recognises plan and state JSON, not other JSON', () => {
  assert.equal(isTerraformPlanOrState(readFileSync(PLAN, 'utf8')), true);
  assert.equal(isTerraformPlanOrState(readFileSync(STATE, 'utf8')), true);
  assert.equal(isTerraformPlanOrState('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}'), false);
  assert.equal(isTerraformPlanOrState('{"format_version": "1.2", "planned_values": {'), true);
  assert.equal(isTerraformPlanOrState('resource "x" "y" {}'), false);
});

test('plan: values map to their lines, after_unknown references join, modules and indexes keep their address', async () => {
  const res = await scanTerraformPlan([PLAN]);
  assert.deepEqual(res.errors, []);
  assert.equal(res.framework, 'terraform-plan');
  assert.deepEqual(res.filesScanned, [PLAN]);
  const bucket = byUid(res.resources, `${PLAN}:aws_s3_bucket.data`);
  assert.equal(bucket.origin.kind === 'iac' && bucket.origin.framework, 'terraform-plan');
  assert.equal(bucket.region, 'eu-west-1');
  assert.deepEqual(bucket.tags.value, { env: 'prod' });
  const p = bucket.properties as S3BucketProperties;
  // The public access block's bucket is unknown in the plan, but its configuration references the bucket.
  assert.equal(p.publicAccessBlock.blockPublicPolicy.value, false);
  assert.equal(p.publicAccessBlock.blockPublicPolicy.kind, 'explicit');
  const src = p.publicAccessBlock.blockPublicPolicy.source;
  assert.equal(src.kind === 'iac' && src.startLine, lineOf(PLAN, '"block_public_policy": false'));
  assert.equal(p.versioningEnabled.value, true);
  // Computed-only attributes of the bucket (versioning, encryption, acl) fall back to AWS defaults.
  assert.equal(p.encryptionAlgorithm.kind, 'default');
  assert.equal(p.encryptionAlgorithm.value, 'AES256');
  assert.equal(p.mfaDeleteEnabled.value, false);
  assert.equal(bucket.origin.kind === 'iac' && bucket.origin.startLine, lineOf(PLAN, '"address": "aws_s3_bucket.data"') - 1);

  const sg = byUid(res.resources, `${PLAN}:module.web.aws_security_group.web`);
  const sp = sg.properties as SecurityGroupProperties;
  assert.deepEqual(sp.ingress.value?.[0]?.ipv4Ranges.value, ['0.0.0.0/0']);
  assert.equal(sp.ingress.value?.[0]?.fromPort.value, 22);
  const inst = byUid(res.resources, `${PLAN}:module.web.aws_instance.app[0]`);
  const ip = inst.properties as Ec2InstanceProperties;
  assert.equal(ip.metadataHttpTokens.value, 'required');
  assert.deepEqual(ip.securityGroups.value, [sg.uid]);
  assert.equal(ip.metadataHopLimit.kind, 'default');
  // The plan stores a hash of user_data; the configuration's constant gives the text back.
  assert.equal(ip.userData.value, '#!/bin/sh\nexport DB_PASSWORD=hunter2\n');
});

test('plan: an unknown without a configuration section stays unknown', () => {
  const text = JSON.stringify(
    {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_s3_bucket_public_access_block.p', mode: 'managed', type: 'aws_s3_bucket_public_access_block', name: 'p', values: { block_public_acls: true } }] } },
      resource_changes: [{ address: 'aws_s3_bucket_public_access_block.p', change: { actions: ['create'], after_unknown: { bucket: true, ignore_public_acls: true } } }],
    },
    null,
    2,
  );
  const { instances } = planInstances('p.json', text);
  assert.equal(instances[0]!.body.attrs['ignore_public_acls']!.t, 'unknown');
  assert.equal(instances[0]!.body.attrs['block_public_acls']!.t, 'scalar');
  assert.equal(instances[0]!.body.attrs['block_public_acls']!.range.startLine, text.split('\n').findIndex((l) => l.includes('"block_public_acls"')) + 1);
});

test('state: literal ids join split resources (bucket policy by name, rule by security group id)', async () => {
  const res = await scanTerraformPlan([STATE]);
  assert.deepEqual(res.errors, []);
  const b = byUid(res.resources, `${STATE}:aws_s3_bucket.logs`).properties as S3BucketProperties;
  assert.equal(b.policy.value?.Statement[0]?.Principal, '*');
  const src = b.policy.source;
  assert.equal(src.kind === 'iac' && src.startLine, lineOf(STATE, '"policy": "{'));
  assert.equal(b.encryptionAlgorithm.value, 'AES256');
  assert.equal(b.encryptionAlgorithm.kind, 'explicit');
  assert.equal(b.encryptionKmsKeyId.value, '');
  const sg = byUid(res.resources, `${STATE}:aws_security_group.db`).properties as SecurityGroupProperties;
  assert.equal(sg.ingress.value?.length, 1);
  assert.equal(sg.ingress.value?.[0]?.fromPort.value, 5432);
  assert.equal(sg.vpcId.value, 'vpc-0aaa');
  // An empty block list in state is an absent block; ids in state join to the group's uid.
  const lb = byUid(res.resources, `${STATE}:aws_lb.web`).properties as LoadBalancerProperties;
  assert.equal(lb.accessLogsEnabled.kind, 'default');
  assert.equal(lb.accessLogsEnabled.value, false);
  assert.deepEqual(lb.securityGroups.value, [`${STATE}:aws_security_group.db`]);
});

test('bad JSON is an error with line and column; other files still scan', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cw-plan-'));
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, '{\n  "format_version": "1.2",\n  "planned_values": {\n    "root_module": { "resources": [ }\n  }\n}\n');
  const res = await scanTerraformPlan([bad, STATE]);
  assert.deepEqual(res.filesFailed, [bad]);
  assert.deepEqual(res.filesScanned, [STATE]);
  assert.equal(res.errors.length, 1);
  assert.equal(res.errors[0]!.file, bad);
  assert.equal(res.errors[0]!.line, 4);
  assert.ok(res.errors[0]!.column > 1);
  assert.ok(res.resources.length > 0);
});

test('plan: a user_data hash without its configured text is unresolvable, never read as the script', () => {
  const text = JSON.stringify({
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [{ address: 'aws_instance.a', mode: 'managed', type: 'aws_instance', name: 'a', values: { ami: 'x', instance_type: 't3.micro', user_data: 'a'.repeat(40) } }],
      },
    },
  });
  const { instances, providers } = planInstances('p.json', text);
  const { resources } = adaptTerraform(instances, providers, { framework: 'terraform-plan' });
  const ud = (resources[0]!.properties as Ec2InstanceProperties).userData;
  assert.equal(ud.kind, 'unresolvable');
  assert.match(ud.reason ?? '', /hash/);
});
