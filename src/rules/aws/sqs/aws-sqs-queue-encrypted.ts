import { isKnown, type Value } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-sqs-queue-encrypted',
  title: 'SQS queue is not encrypted at rest',
  severity: 'medium',
  provider: 'aws',
  service: 'sqs',
  resourceType: 'aws.sqs.queue',
  description: 'Queues should use server-side encryption, either SQS-managed (SSE-SQS, the default for new queues) or a KMS key (SSE-KMS).',
  risk: 'Messages waiting in an unencrypted queue are stored in clear; queues routinely hold order data, tokens and personal information.',
  remediation: {
    cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true',
    terraform: `resource "aws_sqs_queue" "this" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}`,
    cloudformation: `Queue:
  Type: AWS::SQS::Queue
  Properties:
    SqsManagedSseEnabled: true`,
    console: 'SQS > Queues > queue > Edit > Encryption > Server-side encryption: Enabled (SSE-SQS or SSE-KMS) > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1',
  ],
  evaluate(queue) {
    const { kmsKeyId, sqsManagedSse } = queue.properties;
    // SSE-SQS first: when both are off, the finding points at the line that turned SSE-SQS off.
    const ev = [evidence('sqsManagedSse', sqsManagedSse), evidence('kmsKeyId', kmsKeyId)];
    if (isKnown(kmsKeyId) && kmsKeyId.value) return pass(`The queue is encrypted with KMS key ${kmsKeyId.value}`, ...ev);
    if (isKnown(sqsManagedSse) && sqsManagedSse.value) return pass('The queue uses SQS-managed encryption (SSE-SQS)', ...ev);
    const unresolved = [kmsKeyId as Value<unknown>, sqsManagedSse as Value<unknown>].find((x) => !isKnown(x));
    if (unresolved) return unknown(`Whether the queue is encrypted could not be determined: ${unresolved.reason ?? 'unresolvable'}`, ...ev);
    return fail('The queue has neither SSE-SQS nor SSE-KMS encryption', ...ev);
  },
});
