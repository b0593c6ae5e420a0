import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-backup-vault-cmk',
  title: 'Backup vault is encrypted with the AWS managed key',
  severity: 'medium',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.backup.vault',
  description: 'AWS Backup vaults should encrypt recovery points with a customer managed KMS key rather than the AWS managed `aws/backup` key, so the key policy decides who may restore and the key can be shared for cross-account copies.',
  risk: 'With the AWS managed key, anyone in the account allowed to use AWS Backup can restore (and so read) every recovery point; access cannot be narrowed or audited per key, and copies to another account are impossible.',
  remediation: {
    cli: 'aws backup create-backup-vault --backup-vault-name NAME --encryption-key-arn arn:aws:kms:REGION:ACCOUNT:key/KEY_ID   # the key of an existing vault cannot change: create a new vault and point plans at it',
    terraform: `resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.backup.arn
}`,
    cloudformation: `Vault:
  Type: AWS::Backup::BackupVault
  Properties:
    BackupVaultName: main
    EncryptionKeyArn: !GetAtt BackupKey.Arn`,
    console: 'AWS Backup > Backup vaults > Create backup vault > Encryption key: choose a customer managed key; move the plans\' rules to the new vault.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html'],
  evaluate(vault) {
    return check('customerManagedKey', vault.properties.customerManagedKey, (b) => b, {
      pass: 'The vault is encrypted with a customer managed key',
      fail: 'The vault is encrypted with the AWS managed aws/backup key',
    });
  },
});
