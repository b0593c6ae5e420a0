import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

const pol = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*' }] });

test('SQS: SSE-SQS on by default, off when a KMS key is set; aws_sqs_queue_policy joins by URL', () => {
  const b = new TfBuilder();
  b.resource('aws_sqs_queue', 'plain', { name: 'plain' });
  b.resource('aws_sqs_queue', 'kms', { name: 'kms', kms_master_key_id: 'alias/aws/sqs' });
  b.resource('aws_sqs_queue_policy', 'p', { queue_url: ref('aws_sqs_queue.plain', 'url'), policy: pol });
  const p = propsOf(b, 'aws.sqs.queue', 'aws_sqs_queue.plain');
  assert.equal(p.sqsManagedSse.value, true);
  assert.equal(p.sqsManagedSse.kind, 'default');
  assert.equal(p.kmsKeyId.value, null);
  assert.equal(p.policy.value?.Statement[0]?.Principal, '*');
  const k = propsOf(b, 'aws.sqs.queue', 'aws_sqs_queue.kms');
  assert.equal(k.sqsManagedSse.value, false);
  assert.equal(k.kmsKeyId.value, 'alias/aws/sqs');
  assert.equal(k.policy.value, null);
});

test('SNS topic policy joins by ARN; secrets with rotation and policy', () => {
  const b = new TfBuilder();
  b.resource('aws_sns_topic', 't', { name: 't' });
  b.resource('aws_sns_topic_policy', 'p', { arn: ref('aws_sns_topic.t', 'arn'), policy: pol });
  b.resource('aws_secretsmanager_secret', 's', { name: 's', kms_key_id: ref('aws_kms_key.k', 'arn') });
  b.resource('aws_kms_key', 'k', {});
  b.resource('aws_secretsmanager_secret_rotation', 'r', { secret_id: ref('aws_secretsmanager_secret.s'), rotation_rules: block({ automatically_after_days: 30 }) });
  b.resource('aws_secretsmanager_secret_policy', 'sp', { secret_arn: ref('aws_secretsmanager_secret.s', 'arn'), policy: pol });
  b.resource('aws_secretsmanager_secret', 'none', { name: 'none' });
  const t = propsOf(b, 'aws.sns.topic', 'aws_sns_topic.t');
  assert.equal(t.policy.value?.Statement.length, 1);
  assert.equal(t.kmsKeyId.value, null);
  const s = propsOf(b, 'aws.secretsmanager.secret', 'aws_secretsmanager_secret.s');
  assert.equal(s.rotationEnabled.value, true);
  assert.equal(s.rotationDays.value, 30);
  assert.equal(s.kmsKeyId.value, '.:aws_kms_key.k');
  assert.equal(s.policy.value?.Statement.length, 1);
  const n = propsOf(b, 'aws.secretsmanager.secret', 'aws_secretsmanager_secret.none');
  assert.equal(n.rotationEnabled.value, false);
  assert.equal(n.rotationDays.value, null);
});
