import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicyStatement } from '../../model/aws/policy.js';
import { kmsDecryptAllKeysPredicate } from './aws-iam-grants.js';

const st = (s: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', ...s }) as PolicyStatement;

test('decryption with every key: Resource "*", a key/* pattern, wildcards and NotAction count', () => {
  assert.equal(kmsDecryptAllKeysPredicate(st({ Action: 'kms:Decrypt', Resource: '*' })), 'allows kms:Decrypt on every KMS key');
  assert.equal(kmsDecryptAllKeysPredicate(st({ Action: 'kms:ReEncrypt*', Resource: 'arn:aws:kms:eu-west-1:111122223333:key/*' })), 'allows kms:ReEncryptFrom on every KMS key');
  assert.equal(kmsDecryptAllKeysPredicate(st({ Action: '*', Resource: '*' })), 'allows kms:Decrypt, kms:ReEncryptFrom on every KMS key', 'an administrator grant decrypts too');
  assert.equal(kmsDecryptAllKeysPredicate(st({ NotAction: 'iam:*', Resource: '*' })), 'allows kms:Decrypt, kms:ReEncryptFrom on every KMS key');
  assert.equal(kmsDecryptAllKeysPredicate(st({ Action: 'kms:Decrypt', NotResource: [] as unknown as string })), 'allows kms:Decrypt on every KMS key');
  assert.match(String(kmsDecryptAllKeysPredicate(st({ Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }))), /conditioned on kms:ViaService/);
});

test('named keys, aliases, other KMS actions and Deny do not count', () => {
  for (const s of [
    st({ Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }),
    st({ Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:111122223333:alias/*' }),
    st({ Action: ['kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncryptTo'], Resource: '*' }),
    st({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }),
    st({ NotAction: 'kms:*', Resource: '*' }),
  ]) assert.equal(kmsDecryptAllKeysPredicate(s), false, JSON.stringify(s));
});
