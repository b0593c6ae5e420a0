import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-dynamodb-table-deletion-protection',
  title: 'DynamoDB table does not have deletion protection',
  severity: 'medium',
  provider: 'aws',
  service: 'dynamodb',
  resourceType: 'aws.dynamodb.table',
  description: 'Tables should have deletion protection enabled, so that a DeleteTable call fails until someone deliberately turns the protection off.',
  risk: 'One mistaken or malicious DeleteTable (a script pointed at the wrong account, a stack teardown, an intruder) destroys the table and, without PITR or backups, the data with it.',
  remediation: {
    cli: 'aws dynamodb update-table --table-name TABLE --deletion-protection-enabled',
    terraform: `resource "aws_dynamodb_table" "this" {
  # ...
  deletion_protection_enabled = true
}`,
    cloudformation: `Type: AWS::DynamoDB::Table
Properties:
  DeletionProtectionEnabled: true`,
    console: 'DynamoDB > Tables > table > Additional settings > Deletion protection > Turn on.',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6',
  ],
  evaluate(table) {
    return check('deletionProtection', table.properties.deletionProtection, (on) => on, {
      pass: 'Deletion protection is on',
      fail: 'Deletion protection is off: one DeleteTable call removes the table',
    });
  },
});
