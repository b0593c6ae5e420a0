import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAwsConfig } from './index.js';
import type { S3BucketProperties } from '../../../model/aws/s3.js';
import type { EbsVolumeProperties, SecurityGroupProperties } from '../../../model/aws/ec2.js';
import type { IamRoleProperties } from '../../../model/aws/iam.js';

const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url));

test('maps snapshot items (versions 1.2 and 1.3, configuration as a JSON string) onto the model with import provenance', async () => {
  const r = await importAwsConfig([TESTDATA]);
  assert.deepEqual(r.errors, []);
  assert.equal(r.filesScanned.length, 2, '.json and .json.gz');
  const types = r.resources.map((x) => x.type).sort();
  assert.deepEqual(types, ['aws.cloudtrail.trail', 'aws.ec2.instance', 'aws.ec2.security-group', 'aws.ec2.volume', 'aws.iam.role', 'aws.rds.instance', 'aws.s3.bucket', 'aws.s3.bucket']);
  assert.deepEqual(r.unmappedTypes, { 'AWS::SNS::Topic': 1 });
  assert.equal(r.skippedRecords, 1, 'the deleted volume');

  const pub = r.resources.find((x) => x.uid === 'arn:aws:s3:::public-reports')!.properties as S3BucketProperties;
  assert.ok(pub.grants.kind === 'explicit' && pub.grants.value!.some((g) => g.grantee.endsWith('/AllUsers') && g.permission === 'READ'));
  assert.equal(pub.publicAccessBlock.blockPublicAcls.kind, 'default');
  assert.equal(pub.publicAccessBlock.blockPublicAcls.value, false);
  assert.equal(pub.policy.value, null);
  assert.equal(pub.objectOwnership.kind, 'default', 'ACLs proven in force by the recorded public grant');

  const locked = r.resources.find((x) => x.uid === 'arn:aws:s3:::locked-down')!.properties as S3BucketProperties;
  assert.equal(locked.publicAccessBlock.restrictPublicBuckets.value, true);
  assert.equal(locked.encryptionAlgorithm.value, 'aws:kms');
  assert.equal(locked.versioningEnabled.value, true);
  assert.equal(locked.mfaDeleteEnabled.value, true);
  assert.equal(locked.loggingTargetBucket.value, 'access-logs');
  assert.equal(locked.policy.value?.Statement[0]?.Effect, 'Deny');

  const sg = r.resources.find((x) => x.type === 'aws.ec2.security-group')!;
  const ingress = (sg.properties as SecurityGroupProperties).ingress.value!;
  assert.deepEqual(ingress.map((i) => [i.fromPort.value, i.ipv4Ranges.value]), [[22, ['0.0.0.0/0']], [443, ['0.0.0.0/0']]]);
  assert.equal(sg.source.kind, 'import');
  assert.equal(sg.account, '111122223333');
  assert.equal(sg.region, 'eu-west-1');

  const role = r.resources.find((x) => x.type === 'aws.iam.role')!.properties as IamRoleProperties;
  assert.deepEqual(role.instanceProfiles?.value, ['arn:aws:iam::111122223333:instance-profile/open-role'], 'instanceProfileList');

  const vol = r.resources.find((x) => x.type === 'aws.ec2.volume')!;
  assert.equal((vol.properties as EbsVolumeProperties).encrypted.value, false, 'the latest capture wins over the older history entry');
});

test('a malformed file is reported with its line and the others are imported', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cw-config-'));
  try {
    await writeFile(join(dir, 'bad.json'), '{\n  "configurationItems": [\n    { "resourceType": \n');
    await writeFile(join(dir, 'not-config.json'), '{"hello": 1}');
    await writeFile(join(dir, 'partial.json'), JSON.stringify({ configurationItems: [{ resourceType: 'AWS::EC2::VPC' }, { resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1', configuration: { cidrBlock: '10.0.0.0/16' } }] }));
    const r = await importAwsConfig([dir]);
    const bad = r.errors.find((e) => e.file.endsWith('bad.json'));
    assert.ok(bad && bad.line >= 3, JSON.stringify(r.errors));
    assert.ok(r.errors.some((e) => e.file.endsWith('not-config.json') && /configurationItems/.test(e.message)));
    assert.ok(r.errors.some((e) => /configurationItems\[0\]: missing resourceType or resourceId/.test(e.message)));
    assert.deepEqual(r.filesFailed.map((f) => f.split('/').pop()).sort(), ['bad.json', 'not-config.json']);
    assert.equal(r.resources.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
