import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { backupFixtureScope, coverageExamples } from '../../kit/aws-backup-fixtures.js';

export default defineExamples(
  coverageExamples((tags) =>
    modelFixture('aws.efs.file-system', 'file-system/fs-0shared', { encrypted: v(true), kmsKeyId: v(null), policy: v(null), automaticBackups: v(false) }, { ...backupFixtureScope, tags }),
  ),
);
