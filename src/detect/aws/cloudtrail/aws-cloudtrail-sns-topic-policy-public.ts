import { defineDetection } from '../../kit/detection.js';
import { publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-sns-topic-policy-public',
  kind: 'event',
  services: ['sns'],
  actions: ['SetTopicAttributes'],
  title: 'An SNS topic policy allows everyone',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'SetTopicAttributes with a Policy allowing principal `*` and no source condition: any AWS account can subscribe to the topic (and receive every message) or publish to it.',
  falsePositives: 'Topics receiving events from S3 or CloudWatch whose policy forgot the aws:SourceArn or aws:SourceAccount condition.',
  references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html'],
  match(e) {
    if (!principalCall(e, 'sns', 'SetTopicAttributes') || asString(req(e, 'attributeName')) !== 'Policy') return undefined;
    if (publicAllowStatements(req(e, 'attributeValue')).length === 0) return undefined;
    return `${who(e)} opened topic ${asString(req(e, 'topicArn')) ?? '(unnamed)'} to everyone`;
  },
});
