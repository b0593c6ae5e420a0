import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { backupFixtureScope, coverageExamples } from '../../kit/aws-backup-fixtures.js';

export default defineExamples(
  coverageExamples((tags) =>
    modelFixture('aws.dynamodb.table', 'table/orders', { encryptionKeyType: v('AWS_OWNED'), pointInTimeRecovery: v(true), deletionProtection: v(true) }, { ...backupFixtureScope, tags }),
  ),
);
