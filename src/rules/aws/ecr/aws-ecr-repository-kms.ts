import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecr-repository-kms',
  title: 'ECR repository is not encrypted with a KMS key',
  severity: 'low',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.repository',
  description: 'ECR repositories holding sensitive images should use KMS encryption instead of the default AES-256 with Amazon-managed keys.',
  risk: 'With the default encryption you cannot restrict, audit or revoke use of the key that protects image layers.',
  remediation: {
    cli: 'Encryption is fixed at creation: aws ecr create-repository --repository-name REPO --encryption-configuration encryptionType=KMS,kmsKey=KMS_KEY_ARN, then push images to the new repository.',
    terraform: `resource "aws_ecr_repository" "this" {
  # ...
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}`,
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  EncryptionConfiguration:
    EncryptionType: KMS
    KmsKey: !GetAtt EcrKey.Arn`,
    console: 'ECR > Create repository > Encryption settings: KMS (the setting cannot be changed on an existing repository).',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
  evaluate(repo) {
    return check('encryptionType', repo.properties.encryptionType, (t) => t.toUpperCase().startsWith('KMS'), { pass: 'the repository is encrypted with KMS', fail: 'the repository uses the default AES-256 encryption' });
  },
});
