import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { keyManagerOf } from '../../kit/aws-data-keys.js';

export default defineRule({
  id: 'aws-secretsmanager-secret-cmk',
  title: 'Secrets Manager secret is encrypted with the AWS-managed key',
  severity: 'medium',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  description: 'Secrets should be encrypted with a customer-managed KMS key instead of the default AWS-managed aws/secretsmanager key.',
  risk: 'With the AWS-managed key, anyone in the account allowed secretsmanager:GetSecretValue reads the secret; a customer-managed key adds a key policy that must also allow kms:Decrypt, a separate audit trail, and cannot be shared with another account otherwise.',
  remediation: {
    cli: 'aws secretsmanager update-secret --secret-id SECRET_ID --kms-key-id KEY_ARN',
    terraform: `resource "aws_secretsmanager_secret" "this" {
  name       = "app/db"
  kms_key_id = aws_kms_key.secrets.arn
}`,
    cloudformation: `Type: AWS::SecretsManager::Secret
Properties:
  KmsKeyId: !Ref SecretsKey`,
    console: 'Secrets Manager > Secrets > secret > Overview > Encryption key: Edit > choose a customer managed key > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/services-secrets-manager.html',
  ],
  evaluate(secret, ctx) {
    const key = secret.properties.kmsKeyId;
    const ev = evidence('kmsKeyId', key);
    if (!isKnown(key)) return unknown(`kmsKeyId could not be determined: ${key.reason ?? 'unresolvable'}`, ev);
    if (key.value === null) return fail('No key is set: the secret is encrypted with the AWS-managed aws/secretsmanager key', ev);
    const m = keyManagerOf(key.value, secret, ctx);
    if (m.manager === 'unknown') return unknown(m.why, ev);
    return m.manager === 'CUSTOMER' ? pass(`Encrypted with a customer-managed key (${m.why})`, ev) : fail(`Encrypted with an AWS-managed key (${m.why})`, ev);
  },
});
