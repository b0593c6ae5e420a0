import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-secretsmanager-secret-rotation',
  title: 'Secrets Manager secret does not have automatic rotation enabled',
  severity: 'medium',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  description: 'Secrets should rotate automatically on a schedule, through a rotation Lambda function or managed rotation.',
  risk: 'A credential that never changes stays valid for as long as it is leaked: in a log, a laptop, a former employee\'s notes.',
  remediation: {
    cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
    terraform: `resource "aws_secretsmanager_secret_rotation" "this" {
  secret_id           = aws_secretsmanager_secret.this.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn
  rotation_rules {
    automatically_after_days = 30
  }
}`,
    cloudformation: `Rotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: !Ref Secret
    RotationLambdaARN: !GetAtt Rotator.Arn
    RotationRules:
      AutomaticallyAfterDays: 30`,
    console: 'Secrets Manager > secret > Rotation > Edit rotation > Automatic rotation on, choose a schedule and a rotation function > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1',
  ],
  evaluate(secret) {
    return check('rotationEnabled', secret.properties.rotationEnabled, (b) => b, {
      pass: 'Automatic rotation is enabled',
      fail: 'Automatic rotation is not enabled',
    });
  },
});
