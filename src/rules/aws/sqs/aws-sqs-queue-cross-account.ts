import { defineRule } from '../../kit/index.js';
import { crossAccountPolicyOutcomes } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-sqs-queue-cross-account',
  title: 'SQS queue policy grants another AWS account',
  severity: 'medium',
  provider: 'aws',
  service: 'sqs',
  resourceType: 'aws.sqs.queue',
  description:
    'Flags queue policy statements that allow an account other than the owner (and outside its organization, when the scan knows it) to send, receive, delete or manage messages, unless an aws:PrincipalOrgID/OrgPaths condition keeps the grant in the organization.',
  risk: 'The other account can read and delete the messages (orders, refunds, jobs) before the consumer sees them, or inject forged messages that the consumer trusts.',
  remediation: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://policy-own-account-only.json',
    terraform: `resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy    = data.aws_iam_policy_document.queue.json   # own account, or add an aws:PrincipalOrgID condition
}`,
    cloudformation: `Condition:
  StringEquals:
    'aws:PrincipalOrgID': o-exampleorgid`,
    console: 'SQS > Queues > queue > Access policy > Edit: remove principals of other accounts, or add an aws:PrincipalOrgID condition > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
  ],
  evaluate(resource, ctx) {
    return crossAccountPolicyOutcomes(resource, 'policy', resource.properties.policy, ctx, { subject: 'queue' });
  },
});
