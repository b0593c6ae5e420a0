import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-logs-group-kms',
  title: 'CloudWatch log group is not encrypted with a KMS key',
  severity: 'low',
  provider: 'aws',
  service: 'logs',
  resourceType: 'aws.logs.log-group',
  description: 'Log groups should be encrypted with a customer-managed KMS key rather than the service-owned default key.',
  risk: 'Logs often hold tokens, personal data and request bodies; with the default key anyone with logs read access sees them, while a KMS key adds a key policy and a decryption audit trail.',
  remediation: {
    cli: 'aws logs associate-kms-key --log-group-name GROUP --kms-key-id KEY_ARN   # the key policy must allow logs.REGION.amazonaws.com',
    terraform: `resource "aws_cloudwatch_log_group" "this" {
  name       = "app"
  kms_key_id = aws_kms_key.logs.arn
}`,
    cloudformation: `LogGroup:
  Type: AWS::Logs::LogGroup
  Properties:
    KmsKeyId: !GetAtt LogsKey.Arn`,
    console: 'Not in the console for existing groups: use the CLI command; for new groups set the KMS key ARN under Create log group.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
  ],
  evaluate(group) {
    return check('kmsKeyId', group.properties.kmsKeyId, (k) => k !== null && k !== '', {
      pass: 'The log group is encrypted with a KMS key',
      fail: 'The log group uses the default service-owned encryption, not a KMS key',
    });
  },
});
