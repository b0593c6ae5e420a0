import { defineExamples } from '../../kit/index.js';
import { backupVaultCfn, backupVaultTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [backupVaultTf('  kms_key_arn = aws_kms_key.backup.arn', 'resource "aws_kms_key" "backup" {\n  enable_key_rotation = true\n}\n')],
    bad: [backupVaultTf(''), backupVaultTf('  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:alias/aws/backup"')],
    unknown: [backupVaultTf('  kms_key_arn = var.key', 'variable "key" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [backupVaultCfn('      EncryptionKeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')],
    bad: [backupVaultCfn('      BackupVaultTags: { team: platform }')],
  },
});
