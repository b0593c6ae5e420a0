import { defineDetection } from '../../kit/detection.js';
import { publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-sqs-queue-policy-public',
  kind: 'event',
  services: ['sqs'],
  actions: ['SetQueueAttributes', 'CreateQueue'],
  title: 'An SQS queue policy allows everyone',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'SetQueueAttributes (or CreateQueue) with a Policy allowing principal `*` and no source condition: any AWS account can read messages off the queue or inject its own.',
  falsePositives: 'Queues subscribed to SNS topics or S3 events whose policy forgot the aws:SourceArn condition; fix the policy rather than suppress.',
  references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html'],
  match(e) {
    if (!principalCall(e, 'sqs', 'SetQueueAttributes', 'CreateQueue')) return undefined;
    if (publicAllowStatements(req(e, 'attributes', 'Policy')).length === 0) return undefined;
    return `${who(e)} opened queue ${asString(req(e, 'queueUrl')) ?? asString(req(e, 'queueName')) ?? '(unnamed)'} to everyone`;
  },
});
