import { defineRule } from '../../kit/index.js';
import { crossAccountPolicyOutcomes } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-secretsmanager-secret-cross-account',
  title: 'Secrets Manager secret policy grants another AWS account',
  severity: 'high',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  description:
    'Flags secret resource policy statements that allow an account other than the owner (and outside its organization, when the scan knows it) to read or manage the secret, unless an aws:PrincipalOrgID/OrgPaths condition keeps the grant in the organization.',
  risk: 'The secret is a credential: any identity the other account lets through can read it and reach the database or API it unlocks, outside your monitoring.',
  remediation: {
    cli: 'aws secretsmanager delete-resource-policy --secret-id SECRET_ID   # or put-resource-policy with own-account principals',
    terraform: `resource "aws_secretsmanager_secret_policy" "this" {
  secret_arn          = aws_secretsmanager_secret.this.arn
  policy              = data.aws_iam_policy_document.secret.json   # own account only
  block_public_policy = true
}`,
    cloudformation: `DbPolicy:
  Type: AWS::SecretsManager::ResourcePolicy
  Properties:
    SecretId: !Ref Db
    BlockPublicPolicy: true
    ResourcePolicy: { ... }   # own account principals only`,
    console: 'Secrets Manager > Secrets > secret > Overview > Resource permissions > Edit permissions: remove principals of other accounts > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
  ],
  evaluate(resource, ctx) {
    return crossAccountPolicyOutcomes(resource, 'policy', resource.properties.policy, ctx, { subject: 'secret' });
  },
});
