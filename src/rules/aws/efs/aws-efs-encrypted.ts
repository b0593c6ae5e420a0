import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-efs-encrypted',
  title: 'EFS file system is not encrypted at rest',
  severity: 'high',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.file-system',
  description: 'EFS file systems should be encrypted at rest with KMS. Encryption can only be chosen at creation: an unencrypted file system must be copied to a new one.',
  risk: 'Unencrypted file data sits in clear on AWS storage media and in backups, and fails most compliance regimes for sensitive data.',
  remediation: {
    cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --creation-token NEW_FS   # then copy data (e.g. AWS DataSync) and switch mounts',
    terraform: `resource "aws_efs_file_system" "this" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}`,
    cloudformation: `FileSystem:
  Type: AWS::EFS::FileSystem
  Properties:
    Encrypted: true
    KmsKeyId: !Ref EfsKey`,
    console: 'EFS > Create file system > Customize > tick Enable encryption of data at rest; migrate data from the old file system, then delete it.',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
  ],
  evaluate(fs) {
    return check('encrypted', fs.properties.encrypted, (b) => b, {
      pass: 'The file system is encrypted at rest',
      fail: 'The file system is not encrypted at rest',
    });
  },
});
