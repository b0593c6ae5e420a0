import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

/** Longest rotation period accepted: a quarter, the interval most policies and Security Hub's default ask for. */
const MAX_DAYS = 90;

export default defineRule({
  id: 'aws-secretsmanager-secret-rotation-period',
  title: 'Secrets Manager secret rotates less often than every 90 days',
  severity: 'low',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  description: 'Secrets with rotation turned on should rotate at least every 90 days. Secrets without rotation are judged by aws-secretsmanager-secret-rotation; a cron schedule without a fixed period cannot be judged and is unknown.',
  risk: 'A leaked credential stays valid until the next rotation; a yearly schedule gives whoever holds a copy months of access.',
  remediation: {
    cli: 'aws secretsmanager rotate-secret --secret-id SECRET_ID --rotation-rules AutomaticallyAfterDays=30',
    terraform: `resource "aws_secretsmanager_secret_rotation" "this" {
  secret_id           = aws_secretsmanager_secret.this.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
  rotation_rules {
    automatically_after_days = 30
  }
}`,
    cloudformation: `Type: AWS::SecretsManager::RotationSchedule
Properties:
  SecretId: !Ref Secret
  RotationRules:
    AutomaticallyAfterDays: 30`,
    console: 'Secrets Manager > Secrets > secret > Rotation > Edit rotation > Rotation schedule: every 30 days > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4',
  ],
  evaluate(secret) {
    const { rotationEnabled, rotationDays } = secret.properties;
    if (isKnown(rotationEnabled) && !rotationEnabled.value) return undefined;
    if (!isKnown(rotationEnabled)) return unknown(`Whether rotation is on could not be determined: ${rotationEnabled.reason ?? 'unresolvable'}`, evidence('rotationEnabled', rotationEnabled));
    if (isKnown(rotationDays) && rotationDays.value === null) return unknown('The rotation schedule has no fixed period (a cron expression), so its interval cannot be judged', evidence('rotationDays', rotationDays));
    return check('rotationDays', rotationDays, (d) => d !== null && d <= MAX_DAYS, {
      pass: `The secret rotates every ${String(rotationDays.value)} days`,
      fail: `The secret rotates only every ${String(rotationDays.value)} days (more than ${MAX_DAYS})`,
    });
  },
});
