import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-backup-vault-lock',
  title: 'Backup vault has no Vault Lock',
  severity: 'medium',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.backup.vault',
  description: 'AWS Backup vaults holding production recovery points should have AWS Backup Vault Lock configured (a minimum retention, ideally in compliance mode) so recovery points cannot be deleted early.',
  risk: 'Ransomware operators and malicious insiders delete backups before they encrypt or destroy data; without Vault Lock, any principal allowed backup:DeleteRecoveryPoint can wipe the vault.',
  remediation: {
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name NAME --min-retention-days 35 --changeable-for-days 3',
    terraform: `resource "aws_backup_vault_lock_configuration" "main" {
  backup_vault_name   = aws_backup_vault.main.name
  min_retention_days  = 35
  changeable_for_days = 3
}`,
    cloudformation: `Vault:
  Type: AWS::Backup::BackupVault
  Properties:
    BackupVaultName: main
    LockConfiguration:
      MinRetentionDays: 35
      ChangeableForDays: 3`,
    console: 'AWS Backup > Backup vaults > the vault > Vault lock > Create vault lock: set the minimum retention and a grace time, then confirm.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html'],
  evaluate(vault) {
    return check('locked', vault.properties.locked, (b) => b, {
      pass: 'The vault has Vault Lock configured',
      fail: 'The vault has no Vault Lock: recovery points can be deleted at any time',
    });
  },
});
