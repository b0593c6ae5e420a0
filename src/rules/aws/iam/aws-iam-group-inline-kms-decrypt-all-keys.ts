import { defineRule, judgeInlinePolicies } from '../../kit/index.js';
import { kmsDecryptAllKeysPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-group-inline-kms-decrypt-all-keys',
  title: 'IAM group has an inline policy allowing decryption with every KMS key',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.group',
  description:
    'An inline policy of an IAM group should not allow kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*" or key/*); name the keys. Judged as Security Hub judges KMS.2: an administrator grant decrypts too, and a condition does not narrow the statement (it is named in the message). Customer managed policies are judged by aws-iam-policy-kms-decrypt-all-keys.',
  risk: 'A grant to decrypt with any key lets the group read every encrypted bucket, database, secret and snapshot it can reach, whoever the key policies meant to trust.',
  remediation: {
    cli: 'aws iam put-group-policy --group-name NAME --policy-name POLICY --policy-document file://scoped.json',
    terraform: `statement {
  actions   = ["kms:Decrypt"]
  resources = [aws_kms_key.app.arn]
}`,
    cloudformation: `- Effect: Allow
  Action: kms:Decrypt
  Resource: !GetAtt AppKey.Arn`,
    console: 'IAM > User groups > the group > Permissions > the inline policy > Edit: replace Resource "*" of the kms:Decrypt statement with the ARNs of the keys used.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2',
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  ],
  evaluate(group) {
    return judgeInlinePolicies(group.properties.inlinePolicies, kmsDecryptAllKeysPredicate, 'No inline policy allows decryption with every KMS key');
  },
});
