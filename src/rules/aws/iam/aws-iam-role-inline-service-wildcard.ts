import { defineRule, judgeInlinePolicies } from '../../kit/index.js';
import { serviceWildcardPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-role-inline-service-wildcard',
  title: 'IAM role has an inline policy allowing all actions of a service on every resource',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.role',
  description:
    'An inline policy of an IAM role should not allow "service:*" (s3:*, iam:*, ec2:* ...) on Resource "*". Grant the actions the role uses on the resources it uses. Customer managed policies are judged by aws-iam-policy-service-wildcard.',
  risk: 'A service-wide wildcard includes the destructive and permission-changing actions of that service (deleting every bucket, creating access keys with iam:*), far more than any workload needs.',
  remediation: {
    cli: 'aws iam put-role-policy --role-name ROLE --policy-name POLICY --policy-document file://least-privilege.json',
    terraform: `statement {
  actions   = ["s3:GetObject", "s3:PutObject"]
  resources = ["\${aws_s3_bucket.app.arn}/*"]
}`,
    cloudformation: `- Effect: Allow
  Action: [s3:GetObject, s3:PutObject]
  Resource: !Sub "\${AppBucket.Arn}/*"`,
    console: 'IAM > Roles > the role > Permissions > the inline policy > Edit: list the actions used (IAM Access Analyzer can generate a policy from CloudTrail activity).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
  ],
  evaluate(role) {
    return judgeInlinePolicies(role.properties.inlinePolicies, serviceWildcardPredicate, 'No inline policy allows a whole service on every resource');
  },
});
