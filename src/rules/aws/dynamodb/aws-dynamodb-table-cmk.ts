import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-dynamodb-table-cmk',
  title: 'DynamoDB table is not encrypted with a customer-managed KMS key',
  severity: 'low',
  provider: 'aws',
  service: 'dynamodb',
  resourceType: 'aws.dynamodb.table',
  description: 'Tables holding sensitive data should be encrypted with a customer-managed KMS key instead of the AWS-owned (default) or AWS-managed key.',
  risk: 'With an AWS-owned or AWS-managed key, access to the data is governed by DynamoDB permissions alone; a customer-managed key adds a key policy, revocation and a decryption audit trail.',
  remediation: {
    cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
    terraform: `resource "aws_dynamodb_table" "this" {
  # ...
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}`,
    cloudformation: `SSESpecification:
  SSEEnabled: true
  SSEType: KMS
  KMSMasterKeyId: !Ref TableKey`,
    console: 'DynamoDB > Tables > table > Additional settings > Encryption > Manage encryption > Stored in your account, and owned and managed by you > choose the key > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
  ],
  evaluate(table) {
    return check('encryptionKeyType', table.properties.encryptionKeyType, (t) => t === 'CUSTOMER_MANAGED', {
      pass: 'The table is encrypted with a customer-managed KMS key',
      fail: `The table uses ${String(table.properties.encryptionKeyType.value)} encryption, not a customer-managed key`,
    });
  },
});
