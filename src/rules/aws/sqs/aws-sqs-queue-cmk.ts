import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { keyManagerOf } from '../../kit/aws-data-keys.js';

export default defineRule({
  id: 'aws-sqs-queue-cmk',
  title: 'SQS queue is not encrypted with a customer-managed KMS key',
  severity: 'low',
  provider: 'aws',
  service: 'sqs',
  resourceType: 'aws.sqs.queue',
  description: 'Encrypted queues should use SSE-KMS with a customer-managed key rather than SQS-owned keys (SSE-SQS) or the AWS-managed aws/sqs key. Unencrypted queues are judged by aws-sqs-queue-encrypted.',
  risk: 'With SSE-SQS or aws/sqs, anyone allowed sqs:ReceiveMessage reads the messages; a customer-managed key adds a key policy, a decrypt audit trail and a way to cut off every reader, and is required for some cross-account and service integrations.',
  remediation: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes KmsMasterKeyId=KEY_ARN,KmsDataKeyReusePeriodSeconds=300',
    terraform: `resource "aws_sqs_queue" "this" {
  name              = "jobs"
  kms_master_key_id = aws_kms_key.sqs.arn
}`,
    cloudformation: `Type: AWS::SQS::Queue
Properties:
  KmsMasterKeyId: !Ref QueueKey`,
    console: 'SQS > Queues > queue > Edit > Encryption > SSE-KMS > choose a customer managed key > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html',
  ],
  evaluate(queue, ctx) {
    const { kmsKeyId, sqsManagedSse } = queue.properties;
    const ev = [evidence('kmsKeyId', kmsKeyId), evidence('sqsManagedSse', sqsManagedSse)];
    if (!isKnown(kmsKeyId)) return unknown(`kmsKeyId could not be determined: ${kmsKeyId.reason ?? 'unresolvable'}`, ...ev);
    if (kmsKeyId.value === null) {
      if (!isKnown(sqsManagedSse)) return unknown(`sqsManagedSse could not be determined: ${sqsManagedSse.reason ?? 'unresolvable'}`, ...ev);
      return sqsManagedSse.value ? fail('The queue uses SQS-owned keys (SSE-SQS), not a customer-managed key', ...ev) : undefined;
    }
    const m = keyManagerOf(kmsKeyId.value, queue, ctx);
    if (m.manager === 'unknown') return unknown(m.why, ...ev);
    return m.manager === 'CUSTOMER' ? pass(`Encrypted with a customer-managed key (${m.why})`, ...ev) : fail(`Encrypted with an AWS-managed key (${m.why})`, ...ev);
  },
});
