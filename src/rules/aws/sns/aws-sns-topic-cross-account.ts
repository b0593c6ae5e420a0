import { defineRule } from '../../kit/index.js';
import { crossAccountPolicyOutcomes } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-sns-topic-cross-account',
  title: 'SNS topic policy grants another AWS account',
  severity: 'medium',
  provider: 'aws',
  service: 'sns',
  resourceType: 'aws.sns.topic',
  description:
    'Flags topic policy statements that allow an account other than the owner (and outside its organization, when the scan knows it) to publish, subscribe or manage the topic, unless an aws:PrincipalOrgID/OrgPaths condition keeps the grant in the organization.',
  risk: 'The other account can subscribe an endpoint and receive every message (often order, payment or alert data), publish forged messages to all subscribers, or change the topic, depending on the actions granted.',
  remediation: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://policy-own-account-only.json',
    terraform: `resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.this.arn
  policy = data.aws_iam_policy_document.topic.json   # own account, or add an aws:PrincipalOrgID condition
}`,
    cloudformation: `Condition:
  StringEquals:
    'aws:PrincipalOrgID': o-exampleorgid`,
    console: 'SNS > Topics > topic > Edit > Access policy: remove principals of other accounts, or add an aws:PrincipalOrgID condition > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
  ],
  evaluate(resource, ctx) {
    return crossAccountPolicyOutcomes(resource, 'policy', resource.properties.policy, ctx, { subject: 'topic' });
  },
});
