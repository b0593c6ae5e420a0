import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, unresolvable } from '../../../../model/core/index.js';
import type { PolicyDocument } from '../../../../model/aws/policy.js';
import type { SecretProperties, SnsTopicProperties, SqsQueueProperties } from '../../../../model/aws/data.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { KMS, KMS_LIT } from './data.js';
import type { Scope } from './scope.js';

/** Usage data exists only once a secret is deployed and read. */
const NOT_DEPLOYED = 'known only for a deployed secret';

/** The resource's own `policy` attribute, or a separate policy resource pointing at it through `key`. */
function policyOf(ctx: AdaptContext, inst: TfResourceInstance, s: Scope, joinType: string, key: string, literalAttrs: string[], reason: string): Value<PolicyDocument | null> {
  const j = ctx.joined(inst, [joinType], key, literalAttrs)[0];
  return j ? ctx.scope(j).policy('policy') : s.policy('policy', reason);
}

function adaptTopic(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: SnsTopicProperties = {
    kmsKeyId: s.refOrNull('kms_master_key_id', KMS, KMS_LIT, 'messages are not encrypted at rest with KMS unless a key is set'),
    policy: policyOf(ctx, inst, s, 'aws_sns_topic_policy', 'arn', ['name'], 'no policy set: the default topic policy allows only the owner account'),
  };
  return ctx.resource(inst, 'aws.sns.topic', props, s.str('name'));
}

function adaptQueue(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const kms = s.refOrNull('kms_master_key_id', KMS, KMS_LIT);
  const withKms = kms.kind !== 'default';
  const props: SqsQueueProperties = {
    kmsKeyId: kms,
    // SSE-SQS is on by default for new queues (since late 2022) unless SSE-KMS is chosen.
    sqsManagedSse: withKms
      ? s.bool('sqs_managed_sse_enabled', false, 'a KMS key is set: SSE-KMS replaces SSE-SQS')
      : s.bool('sqs_managed_sse_enabled', true, 'new queues use SSE-SQS by default (since 2022)'),
    policy: policyOf(ctx, inst, s, 'aws_sqs_queue_policy', 'queue_url', ['url', 'name'], 'no queue policy'),
  };
  return ctx.resource(inst, 'aws.sqs.queue', props, s.str('name'));
}

function adaptSecret(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const rot = ctx.joined(inst, ['aws_secretsmanager_secret_rotation'], 'secret_id', ['name'])[0];
  // Provider v3 also allowed rotation_rules on the secret itself.
  const rs = rot ? ctx.scope(rot) : s.has('rotation_rules') ? s : undefined;
  const props: SecretProperties = {
    rotationEnabled: rs ? explicit(true, rs.blockProv()) : defaulted(false, s.blockProv(), 'no aws_secretsmanager_secret_rotation'),
    rotationDays: rs ? rs.numOrNull('rotation_rules.automatically_after_days', 'rotation uses schedule_expression') : defaulted(null, s.blockProv()),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT, 'encrypted with the AWS managed key aws/secretsmanager'),
    policy: policyOf(ctx, inst, s, 'aws_secretsmanager_secret_policy', 'secret_arn', ['name'], 'no resource policy'),
    createdAt: unresolvable(NOT_DEPLOYED, s.blockProv()),
    lastAccessedAt: unresolvable(NOT_DEPLOYED, s.blockProv()),
  };
  return ctx.resource(inst, 'aws.secretsmanager.secret', props, s.str('name'));
}

/** SNS topics, SQS queues and Secrets Manager secrets, with their separate policy and rotation resources. */
export function adaptMessaging(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_sns_topic'], (i) => adaptTopic(ctx, i)),
    ...ctx.each(['aws_sqs_queue'], (i) => adaptQueue(ctx, i)),
    ...ctx.each(['aws_secretsmanager_secret'], (i) => adaptSecret(ctx, i)),
  ];
}
