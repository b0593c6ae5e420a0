import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-dynamodb-table-pitr',
  title: 'DynamoDB table does not have point-in-time recovery enabled',
  severity: 'medium',
  provider: 'aws',
  service: 'dynamodb',
  resourceType: 'aws.dynamodb.table',
  description: 'Point-in-time recovery should be on, so the table can be restored to any second of the recovery window.',
  risk: 'Without it, a bad deployment, a runaway script or a malicious delete wipes items with no way back except an old on-demand backup, if there is one.',
  remediation: {
    cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform: `resource "aws_dynamodb_table" "this" {
  # ...
  point_in_time_recovery {
    enabled = true
  }
}`,
    cloudformation: `PointInTimeRecoverySpecification:
  PointInTimeRecoveryEnabled: true`,
    console: 'DynamoDB > Tables > table > Backups > Point-in-time recovery > Edit > Turn on > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2',
  ],
  evaluate(table) {
    return check('pointInTimeRecovery', table.properties.pointInTimeRecovery, (b) => b, {
      pass: 'Point-in-time recovery is enabled',
      fail: 'Point-in-time recovery is not enabled',
    });
  },
});
