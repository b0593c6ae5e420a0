import { isTrue } from '../../../model/core/index.js';
import { defineRule, judgeDocument } from '../../kit/index.js';
import { kmsDecryptAllKeysPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-policy-kms-decrypt-all-keys',
  title: 'IAM customer managed policy allows decryption with every KMS key',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.policy',
  description:
    'A customer managed policy should not allow kms:Decrypt or kms:ReEncryptFrom on every KMS key (Resource "*" or key/*); name the keys the workload decrypts with. Judged as Security Hub judges KMS.1: an administrator grant decrypts too, and a condition does not narrow the statement (it is named in the message).',
  risk: 'Encryption with customer managed keys separates who may read data from who may reach it; a grant to decrypt with any key undoes that separation for every encrypted bucket, database, secret and snapshot the principal can reach.',
  remediation: {
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
    terraform: `resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:Decrypt"], Resource = aws_kms_key.app.arn }]
  })
}`,
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: kms:Decrypt
      Resource: !GetAtt AppKey.Arn`,
    console: 'IAM > Policies > the policy > Edit: replace Resource "*" of the kms:Decrypt statement with the ARNs of the keys the workload uses.',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1',
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html',
  ],
  evaluate(policy) {
    if (isTrue(policy.properties.awsManaged)) return undefined;
    return judgeDocument('document', policy.properties.document, kmsDecryptAllKeysPredicate, 'policy document', 'the policy allows decryption with no key it does not name');
  },
});
