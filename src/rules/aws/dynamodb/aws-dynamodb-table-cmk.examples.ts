import { defineExamples } from '../../kit/index.js';

const keySchema = `  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }`;

const cfnTable = (sse: string) => `Resources:
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
${sse}`;

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}`,
    ],
    bad: [
      // AWS-owned key (default).
      `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
}`,
      // AWS-managed aws/dynamodb key: no kms_key_arn.
      `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
${keySchema}
  server_side_encryption {
    enabled = true
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      cfnTable(`      SSESpecification:
        SSEEnabled: true
        SSEType: KMS
        KMSMasterKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`),
    ],
    bad: [cfnTable('')],
  },
});
