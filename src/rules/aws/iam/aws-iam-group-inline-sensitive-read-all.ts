import { defineRule, judgeInlinePolicies } from '../../kit/index.js';
import { sensitiveReadPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-group-inline-sensitive-read-all',
  title: 'IAM group has an inline policy allowing KMS decryption or secret reads on every resource',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.group',
  description:
    'An inline policy of an IAM group should not allow kms:Decrypt, kms:ReEncryptFrom or secretsmanager:GetSecretValue on Resource "*"; name the keys and secrets the group needs instead. Administrator grants are reported by the inline-admin rule.',
  risk: 'Decrypt on every key and read on every secret opens all encrypted data and every stored credential of the account to whoever acts as this group, including data of other teams and the credentials of other systems.',
  remediation: {
    cli: 'aws iam put-group-policy --group-name GROUP --policy-name POLICY --policy-document file://scoped.json   # list key and secret ARNs in Resource',
    terraform: `statement {
  actions   = ["secretsmanager:GetSecretValue"]
  resources = [aws_secretsmanager_secret.app.arn]
}`,
    cloudformation: `- Effect: Allow
  Action: kms:Decrypt
  Resource: !GetAtt AppKey.Arn`,
    console: 'IAM > Groups > the group > Permissions > the inline policy > Edit: replace Resource "*" with the key and secret ARNs.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2',
  ],
  evaluate(group) {
    return judgeInlinePolicies(group.properties.inlinePolicies, sensitiveReadPredicate, 'No inline policy allows decryption or secret reads on every resource');
  },
});
