import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [`resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}
resource "aws_secretsmanager_secret" "db" {
  name       = "acme/db"
  kms_key_id = aws_kms_key.secrets.arn
}`],
    bad: [`resource "aws_secretsmanager_secret" "db" {
  name = "acme/db"
}`, `resource "aws_secretsmanager_secret" "db" {
  name       = "acme/db"
  kms_key_id = "alias/aws/secretsmanager"
}`],
    unknown: [`variable "key" {}
resource "aws_secretsmanager_secret" "db" {
  name       = "acme/db"
  kms_key_id = var.key
}`],
  },
  cloudformation: {
    good: [`Resources:
  SecretsKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: acme/db
      KmsKeyId: !Ref SecretsKey
`],
    bad: [`Resources:
  Db:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: acme/db
`],
  },
});
