import { unresolvable, type Value } from '../../../model/core/index.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';

const ACCOUNT = '111122223333';
const at = { account: ACCOUNT, region: 'eu-west-1' };

const region = (plans: Value<readonly string[]>) => modelFixture('aws.backup.region', 'eu-west-1', { plans }, at);
const table = modelFixture('aws.dynamodb.table', 'orders', { encryptionKeyType: v('AWS_OWNED'), pointInTimeRecovery: v(true), deletionProtection: v(true) }, at);
const fileSystem = modelFixture('aws.efs.file-system', 'fs-0shared', { encrypted: v(true), kmsKeyId: v(null), policy: v(null), automaticBackups: v(false) }, at);
// A table in another region is not protected by, and does not call for, a plan in this one.
const elsewhere = modelFixture('aws.dynamodb.table', 'audit', { encryptionKeyType: v('AWS_OWNED'), pointInTimeRecovery: v(true), deletionProtection: v(true) }, { account: ACCOUNT, region: 'us-east-1' });

export default defineExamples({
  model: {
    good: [
      [region(v([`arn:aws:backup:eu-west-1:${ACCOUNT}:backup-plan:daily`])), table, fileSystem],
      [region(v([])), elsewhere],
    ],
    bad: [
      [region(v([])), table, fileSystem],
    ],
    unknown: [[region(unresolvable('backup:ListBackupPlans failed: AccessDenied')), table]],
  },
});
