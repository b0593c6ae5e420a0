import { defineExamples } from '../../kit/index.js';

const keySchema = `  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }`;

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
  point_in_time_recovery {
    enabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
}`,
    ],
    unknown: [
      `variable "pitr" {
  type = bool
}
resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
  point_in_time_recovery {
    enabled = var.pitr
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: true
`,
    ],
    bad: [
      `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
`,
    ],
  },
});
