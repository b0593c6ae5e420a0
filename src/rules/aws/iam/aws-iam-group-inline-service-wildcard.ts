import { defineRule, judgeInlinePolicies } from '../../kit/index.js';
import { serviceWildcardPredicate } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-iam-group-inline-service-wildcard',
  title: 'IAM group has an inline policy allowing all actions of a service on every resource',
  severity: 'medium',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.group',
  description:
    'An inline policy of an IAM group should not allow "service:*" (s3:*, iam:*, ec2:* ...) on Resource "*". Grant the actions the group uses on the resources it uses. Customer managed policies are judged by aws-iam-policy-service-wildcard.',
  risk: 'A service-wide wildcard includes the destructive and permission-changing actions of that service (deleting every bucket, creating access keys with iam:*), far more than any workload needs.',
  remediation: {
    cli: 'aws iam put-group-policy --group-name GROUP --policy-name POLICY --policy-document file://least-privilege.json',
    terraform: `statement {
  actions   = ["s3:GetObject", "s3:PutObject"]
  resources = ["\${aws_s3_bucket.app.arn}/*"]
}`,
    cloudformation: `- Effect: Allow
  Action: [s3:GetObject, s3:PutObject]
  Resource: !Sub "\${AppBucket.Arn}/*"`,
    console: 'IAM > Groups > the group > Permissions > the inline policy > Edit: list the actions used (IAM Access Analyzer can generate a policy from CloudTrail activity).',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
  ],
  evaluate(group) {
    return judgeInlinePolicies(group.properties.inlinePolicies, serviceWildcardPredicate, 'No inline policy allows a whole service on every resource');
  },
});
