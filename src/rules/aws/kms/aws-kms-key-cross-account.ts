import { isKnown } from '../../../model/core/index.js';
import { defineRule } from '../../kit/index.js';
import { crossAccountPolicyOutcomes } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-kms-key-cross-account',
  title: 'KMS key policy grants another AWS account',
  severity: 'medium',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  description:
    'Flags key policy statements that allow an account other than the key owner (and outside its organization, when the scan knows the organization) to use or manage a customer-managed key, unless an aws:PrincipalOrgID/OrgPaths condition keeps the grant inside the organization. AWS-managed keys are not judged.',
  risk: 'Whoever controls the other account can decrypt the data the key protects, or (with kms:* or key-admin actions) change the policy and lock the owner out; the grant outlives any contract with that account.',
  remediation: {
    cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://policy-without-foreign-accounts.json',
    terraform: `resource "aws_kms_key_policy" "this" {
  key_id = aws_kms_key.this.id
  policy = data.aws_iam_policy_document.key.json   # own account (and org-scoped grants) only
}`,
    cloudformation: `KeyPolicy:
  Statement:
    - Effect: Allow
      Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
      Action: 'kms:*'
      Resource: '*'`,
    console: 'KMS > Customer managed keys > key > Key policy > Edit: remove statements naming other accounts, or add an aws:PrincipalOrgID condition.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
  ],
  evaluate(key, ctx) {
    if (isKnown(key.properties.keyManager) && key.properties.keyManager.value === 'AWS') return undefined;
    return crossAccountPolicyOutcomes(key, 'policy', key.properties.policy, ctx, { subject: 'key' });
  },
});
