import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-sns-topic-encrypted',
  title: 'SNS topic is not encrypted at rest',
  severity: 'medium',
  provider: 'aws',
  service: 'sns',
  resourceType: 'aws.sns.topic',
  description: 'Topics should use server-side encryption with a KMS key, so messages are encrypted while SNS stores them for delivery.',
  risk: 'Notifications often carry order details, alerts with hostnames or personal data; unencrypted, they sit in clear in the service\'s storage.',
  remediation: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value KEY_ARN_OR_alias/aws/sns',
    terraform: `resource "aws_sns_topic" "this" {
  name              = "events"
  kms_master_key_id = aws_kms_key.sns.arn
}`,
    cloudformation: `Topic:
  Type: AWS::SNS::Topic
  Properties:
    KmsMasterKeyId: !Ref SnsKey`,
    console: 'SNS > Topics > topic > Edit > Encryption > Enable encryption, choose a KMS key > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
  ],
  evaluate(topic) {
    return check('kmsKeyId', topic.properties.kmsKeyId, (k) => k !== null && k !== '', {
      pass: 'The topic is encrypted with a KMS key',
      fail: 'The topic is not encrypted at rest',
    });
  },
});
