import { defineRule, judgeInlinePolicies } from '../../kit/index.js';
import { kmsDecryptAllKeysPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-role-inline-kms-decrypt-all-keys',
  title: 'IAM role has an inline policy allowing decryption with every KMS key',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'An inline policy of an IAM role should not allow kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*" or key/*); name the keys. Judged as Security Hub judges KMS.2: an administrator grant decrypts too, and a condition does not narrow the statement (it is named in the message). Customer managed policies are judged by aws-iam-policy-kms-decrypt-all-keys.',
  risk: 'A grant to decrypt with any key lets the role read every encrypted bucket, database, secret and snapshot it can reach, whoever the key policies meant to trust.',
  remediation: {
    cli: 'aws iam put-role-policy --role-name NAME --policy-name POLICY --policy-document file://scoped.json',
    terraform: `statement {
  actions   = ["kms:Decrypt"]
  resources = [aws_kms_key.app.arn]
}`,
    cloudformation: `- Effect: Allow
  Action: kms:Decrypt
  Resource: !GetAtt AppKey.Arn`,
    console: 'IAM > Roles > the role > Permissions > the inline policy > Edit: replace Resource "*" of the kms:Decrypt statement with the ARNs of the keys used.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2',
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  ],
  evaluate(role) {
    return judgeInlinePolicies(role.properties.inlinePolicies, kmsDecryptAllKeysPredicate, 'No inline policy allows decryption with every KMS key');
  },
});
