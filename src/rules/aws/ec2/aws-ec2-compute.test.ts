import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ec2InstanceProperties } from '../../../model/aws/ec2.js';
import { explicit, unresolvable, type Resource } from '../../../model/core/index.js';
import { fixtureContext, modelFixture, v } from '../../kit/aws-logging-fixtures.js';
import type { Outcome } from '../../kit/index.js';
import imds from './aws-ec2-instance-imdsv2.js';
import userdata from './aws-ec2-instance-userdata-secrets.js';
import flowLogs from './aws-ec2-vpc-flow-logs.js';
import ebs from './aws-ec2-ebs-volume-encrypted.js';

function instance(p: Partial<Ec2InstanceProperties>) {
  return modelFixture('aws.ec2.instance', 'i', {
    instanceId: v('i-1'), imageId: v('ami-1'), instanceType: v('t3.micro'), hasPublicIp: v(false), publicIp: v(null),
    metadataHttpTokens: v('optional'), metadataHttpEndpoint: v('enabled'), metadataHopLimit: v(1), securityGroups: v([]),
    subnetId: v(null), iamInstanceProfile: v(null), rootVolumeEncrypted: v(true), detailedMonitoring: v(false), ebsOptimized: v(false),
    userData: v(null), state: v('running'), launchTime: v(null), ...p,
  });
}
const ctx = fixtureContext([]);
const status = (o: Outcome | readonly Outcome[] | undefined) => (o as Outcome).status;

test('imdsv2: required or disabled pass; optional+enabled fails; unknowns never fail', () => {
  assert.equal(status(imds.evaluate(instance({ metadataHttpTokens: v('required') }), ctx)), 'pass');
  assert.equal(status(imds.evaluate(instance({ metadataHttpEndpoint: v('disabled') }), ctx)), 'pass');
  assert.equal(status(imds.evaluate(instance({}), ctx)), 'fail');
  assert.equal(status(imds.evaluate(instance({ metadataHttpTokens: unresolvable('var') }), ctx)), 'unknown');
  assert.equal(status(imds.evaluate(instance({ metadataHttpEndpoint: unresolvable('var') }), ctx)), 'unknown');
  assert.equal(status(imds.evaluate(instance({ metadataHttpTokens: unresolvable('var'), metadataHttpEndpoint: v('disabled') }), ctx)), 'pass');
});

test('userdata: secrets fail with sensitive evidence and the secret is not in the message', () => {
  const out = userdata.evaluate(instance({ userData: v('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE') }), ctx) as Outcome;
  assert.equal(out.status, 'fail');
  assert.equal(out.evidence[0]?.sensitive, true);
  assert.ok(!out.message.includes('AKIAIOSFODNN7EXAMPLE'));
  assert.equal(status(userdata.evaluate(instance({ userData: v(null) }), ctx)), 'pass');
  assert.equal(status(userdata.evaluate(instance({ userData: unresolvable('file() outside the scan') }), ctx)), 'unknown');
});

test('flow logs: referenced VPC passes, unreferenced fails, unresolved flow-log target makes it unknown', () => {
  const vpc = modelFixture('aws.ec2.vpc', 'main', { cidrBlock: v('10.0.0.0/16'), isDefault: v(false) });
  const log = (target: ReturnType<typeof v<string>> | ReturnType<typeof unresolvable<string>>) =>
    modelFixture('aws.ec2.flow-log', 'fl', { resourceId: target, trafficType: v('ALL'), destinationType: v('s3') });
  assert.equal(status(flowLogs.evaluate(vpc, fixtureContext([vpc, log(v(vpc.uid))]))), 'pass');
  assert.equal(status(flowLogs.evaluate(vpc, fixtureContext([vpc, log(v('vpc-other'))]))), 'fail');
  assert.equal(status(flowLogs.evaluate(vpc, fixtureContext([vpc, log(unresolvable('var.vpc_id'))]))), 'unknown');
});

test('ebs volume: IaC volume with encryption-by-default in the scan passes; live volume does not', () => {
  const iacOrigin = { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 1, endLine: 3, address: 'aws_ebs_volume.d' } as const;
  const props = { encrypted: explicit(false), kmsKeyId: v(null), sizeGiB: v(10), volumeType: v('gp3'), attachedInstances: v([]) };
  const live = modelFixture('aws.ec2.volume', 'd', props);
  const iac: Resource = { ...live, origin: iacOrigin };
  const def = modelFixture('aws.ec2.ebs-default-encryption', 'ebs', { enabled: v(true), kmsKeyId: v(null) });
  const c = fixtureContext([def]);
  assert.equal(status(ebs.evaluate(iac as typeof live, c)), 'pass');
  assert.equal(status(ebs.evaluate(live, c)), 'fail');
  assert.equal(status(ebs.evaluate(iac as typeof live, ctx)), 'fail');
});
