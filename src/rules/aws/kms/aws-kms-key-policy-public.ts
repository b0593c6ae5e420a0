import { defineRule, publicPolicyOutcomes } from '../../kit/index.js';

export default defineRule({
  id: 'aws-kms-key-policy-public',
  title: 'KMS key policy allows access to anyone',
  severity: 'critical',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  description:
    'Flags each key policy statement that allows the `*` principal with no condition narrowing the caller (kms:CallerAccount, kms:ViaService, aws:PrincipalOrgID, source VPC and the like).',
  risk: 'Anyone with an AWS account could use the key to decrypt data it protects, or change the key itself, depending on the actions allowed.',
  remediation: {
    cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json',
    terraform: `data "aws_iam_policy_document" "key" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}`,
    cloudformation: `KeyPolicy:
  Statement:
    - Effect: Allow
      Principal:
        AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'
      Action: 'kms:*'
      Resource: '*'`,
    console: 'KMS > Customer managed keys > key > Key policy > Edit: replace "Principal": "*" with specific principals, or add a kms:CallerAccount condition.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account',
  ],
  evaluate(key) {
    return publicPolicyOutcomes('policy', key.properties.policy, 'key');
  },
});
