import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { keyManagerOf } from '../../kit/aws-data-keys.js';

export default defineRule({
  id: 'aws-sns-topic-cmk',
  title: 'SNS topic is encrypted with the AWS-managed aws/sns key',
  severity: 'low',
  provider: 'aws',
  service: 'sns',
  resourceType: 'aws.sns.topic',
  description: 'Encrypted topics should use a customer-managed KMS key rather than the AWS-managed aws/sns key. Unencrypted topics are judged by aws-sns-topic-encrypted.',
  risk: 'The aws/sns key policy cannot be changed: services such as EventBridge, CloudWatch alarms or S3 notifications cannot be allowed to publish, and access to the messages cannot be audited or revoked through the key.',
  remediation: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value KEY_ARN',
    terraform: `resource "aws_sns_topic" "this" {
  name              = "events"
  kms_master_key_id = aws_kms_key.sns.arn
}`,
    cloudformation: `Type: AWS::SNS::Topic
Properties:
  KmsMasterKeyId: !Ref TopicKey`,
    console: 'SNS > Topics > topic > Edit > Encryption > AWS KMS key: choose a customer managed key > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html',
  ],
  evaluate(topic, ctx) {
    const key = topic.properties.kmsKeyId;
    const ev = evidence('kmsKeyId', key);
    if (!isKnown(key)) return unknown(`kmsKeyId could not be determined: ${key.reason ?? 'unresolvable'}`, ev);
    if (key.value === null) return undefined;
    const m = keyManagerOf(key.value, topic, ctx);
    if (m.manager === 'unknown') return unknown(m.why, ev);
    return m.manager === 'CUSTOMER' ? pass(`Encrypted with a customer-managed key (${m.why})`, ev) : fail(`Encrypted with an AWS-managed key (${m.why})`, ev);
  },
});
