import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_secretsmanager_secret" "db" {
  name = "acme/db"
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate-db"
  rotation_rules {
    automatically_after_days = 30
  }
}`,
    ],
    bad: [
      `resource "aws_secretsmanager_secret" "db" {
  name = "acme/db"
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: acme/db
  DbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Db
      RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate-db
      RotationRules:
        AutomaticallyAfterDays: 30
`,
    ],
    bad: [
      `Resources:
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: acme/db
      GenerateSecretString:
        PasswordLength: 32
`,
    ],
  },
});
