import { defineExamples } from '../../kit/index.js';
import { backupVaultCfn, backupVaultTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [
      `${backupVaultTf('')}
resource "aws_backup_vault_lock_configuration" "main" {
  backup_vault_name   = aws_backup_vault.main.name
  min_retention_days  = 35
  changeable_for_days = 3
}`,
    ],
    bad: [backupVaultTf('')],
    unknown: [
      `variable "vault" {
  type = string
}
${backupVaultTf('')}
resource "aws_backup_vault_lock_configuration" "some" {
  backup_vault_name  = var.vault
  min_retention_days = 35
}`,
    ],
  },
  cloudformation: {
    good: [backupVaultCfn('      LockConfiguration:\n        MinRetentionDays: 35\n        ChangeableForDays: 3')],
    bad: [backupVaultCfn('      BackupVaultTags: { team: platform }')],
  },
});
