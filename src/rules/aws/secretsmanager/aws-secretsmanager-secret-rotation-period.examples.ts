import { defineExamples } from '../../kit/index.js';

const tf = (days: string, head = '') => `${head}resource "aws_secretsmanager_secret" "db" {
  name = "acme/db"
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate-db"
  rotation_rules {
    automatically_after_days = ${days}
  }
}`;

const cfn = (days: number) => `Resources:
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
        AutomaticallyAfterDays: ${days}
`;

export default defineExamples({
  terraform: {
    good: [tf('30')],
    bad: [tf('365')],
    unknown: [tf('var.days', 'variable "days" {}\n')],
  },
  cloudformation: {
    good: [cfn(90)],
    bad: [cfn(180)],
  },
});
