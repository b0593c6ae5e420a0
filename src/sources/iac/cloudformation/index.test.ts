import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCloudFormationTemplate, scanCloudFormation } from './index.js';
import { ADAPTERS, JOINED_TYPES } from './adapt/index.js';
import { scan } from './test-support.js';

test('isCloudFormationTemplate', () => {
  assert.equal(isCloudFormationTemplate('AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'), true);
  assert.equal(isCloudFormationTemplate('Resources:\n  B:\n    Type: AWS::S3::Bucket\n'), true);
  assert.equal(isCloudFormationTemplate('{"Resources": {"B": {"Type": "AWS::SNS::Topic"}}}'), true);
  assert.equal(isCloudFormationTemplate('apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n'), false);
  assert.equal(isCloudFormationTemplate('Resources:\n  - AWS::S3::Bucket\n'), false);
  assert.equal(isCloudFormationTemplate('{"resource": {"aws_s3_bucket": {}}}'), false);
  assert.equal(isCloudFormationTemplate('Resources: [unclosed AWS::'), false);
});

test('scanCloudFormation: a bad file is reported with its position and the others go on; suppressions are collected', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cw-cfn-'));
  try {
    const good = join(dir, 'good.yaml'), bad = join(dir, 'bad.yaml'), json = join(dir, 'tpl.json'), missing = join(dir, 'missing.yaml');
    await writeFile(good, 'Resources:\n  B:\n    # cloudwarden:ignore aws-s3-bucket-versioning logs only\n    Type: AWS::S3::Bucket\n');
    await writeFile(bad, 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: [x\n');
    await writeFile(json, '{\n\t"Resources": {\n\t\t"T": {"Type": "AWS::SNS::Topic"}\n\t}\n}\n');
    const r = await scanCloudFormation([good, bad, json, missing], { region: 'eu-west-1', accountId: '111122223333' });
    assert.equal(r.framework, 'cloudformation');
    assert.deepEqual(r.filesScanned, [good, json]);
    assert.deepEqual(r.filesFailed, [bad, missing]);
    assert.deepEqual(r.resources.map((x) => x.uid), [`${good}#B`, `${json}#T`]);
    assert.equal(r.resources[0]!.region, 'eu-west-1');
    assert.equal(r.resources[0]!.account, '111122223333');
    const badErr = r.errors.find((e) => e.file === bad)!;
    assert.equal(badErr.line, 4);
    assert.ok(badErr.column > 1);
    assert.ok(r.errors.some((e) => e.file === missing && /cannot read/.test(e.message)));
    assert.deepEqual(r.suppressions, [{ file: good, line: 3, ruleId: 'aws-s3-bucket-versioning', reason: 'logs only' }]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('structural problems are errors at their line, and the rest of the template is adapted', () => {
  const r = scan('Resources:\n  NoType:\n    Properties: {}\n  B:\n    Type: AWS::S3::Bucket\n');
  assert.equal(r.ok, true);
  assert.deepEqual(r.errors.map((e) => [e.line, e.message]), [[2, 'resource NoType has no Type']]);
  assert.equal(r.resources.length, 1);
  const none = scan('Parameters: {}\n');
  assert.equal(none.ok, false);
  assert.match(none.errors[0]!.message, /Resources/);
});

test('unsupported types are known and skipped, not errors', () => {
  const unsupported = ['AWS::EC2::EC2Fleet', 'AWS::Serverless::Function', 'AWS::AppSync::GraphQLApi', 'AWS::WAFv2::WebACL', 'Custom::Thing', 'AWS::CloudFormation::Stack'];
  for (const t of unsupported) {
    assert.equal(ADAPTERS[t], undefined, t);
    assert.ok(!JOINED_TYPES.includes(t));
  }
  const r = scan(`Resources:\n${unsupported.map((t, i) => `  R${i}:\n    Type: ${t}\n`).join('')}`);
  assert.deepEqual(r.errors, []);
  assert.equal(r.resources.length, 0);
  for (const t of JOINED_TYPES) assert.equal(ADAPTERS[t], undefined, `${t} is joined, not adapted alone`);
  assert.equal(Object.keys(ADAPTERS).length, 53);
});

test('every adapted type yields its model type with origin and block provenance', () => {
  const body = Object.keys(ADAPTERS).map((t, i) => `  R${i}:\n    Type: ${t}\n`).join('');
  const r = scan(`Resources:\n${body}`);
  assert.deepEqual(r.errors, []);
  assert.equal(r.resources.length, Object.keys(ADAPTERS).length);
  for (const [i, res] of r.resources.entries()) {
    assert.equal(res.uid, `template.yaml#R${i}`);
    assert.equal(res.origin.kind === 'iac' && res.origin.startLine, 2 + 2 * i);
    assert.ok(res.type.startsWith('aws.'));
    assert.equal(res.source.kind === 'iac' && res.source.endLine, 3 + 2 * i);
  }
});
