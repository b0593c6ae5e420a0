import { defineRule, publicPolicyOutcomes } from '../../kit/index.js';

export default defineRule({
  id: 'aws-sqs-queue-public-policy',
  title: 'SQS queue policy allows access to anyone',
  severity: 'high',
  provider: 'aws',
  service: 'sqs',
  resourceType: 'aws.sqs.queue',
  description:
    'Flags each queue policy statement that allows the `*` principal with no condition narrowing the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, source VPC and the like).',
  risk: 'Anyone could read and delete messages meant for your consumers, inject forged ones, or purge the queue, depending on the actions allowed.',
  remediation: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://queue-policy-attributes.json',
    terraform: `resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy    = data.aws_iam_policy_document.queue.json   # name principals, or add an aws:SourceArn condition
}`,
    cloudformation: `QueuePolicy:
  Type: AWS::SQS::QueuePolicy
  Properties:
    Queues: [!Ref Queue]
    PolicyDocument:
      Statement:
        - Effect: Allow
          Principal: { Service: sns.amazonaws.com }
          Action: sqs:SendMessage
          Resource: !GetAtt Queue.Arn
          Condition:
            ArnEquals: { 'aws:SourceArn': !Ref Topic }`,
    console: 'SQS > Queues > queue > Access policy > Edit: replace "Principal": "*" with specific principals or add an aws:SourceArn condition > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
  ],
  evaluate(queue) {
    return publicPolicyOutcomes('policy', queue.properties.policy, 'queue');
  },
});
