import { guardDutyPlanRule } from '../../kit/aws-logging-guardduty.js';

export default guardDutyPlanRule({
  id: 'aws-guardduty-lambda-protection',
  feature: 'LAMBDA_NETWORK_LOGS',
  plan: 'Lambda Protection',
  severity: 'medium',
  description: 'An enabled GuardDuty detector should have Lambda Protection on, so that the network traffic of Lambda functions (VPC flow logs of their invocations) is analysed for connections to known-bad or unusual destinations.',
  risk: 'A function whose code or dependency has been backdoored runs with its role and network reach; without Lambda Protection its calls to a mining pool or a command-and-control host raise no finding.',
  remediation: {
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=LAMBDA_NETWORK_LOGS,Status=ENABLED',
    terraform: `resource "aws_guardduty_detector_feature" "lambda" {
  detector_id = aws_guardduty_detector.this.id
  name        = "LAMBDA_NETWORK_LOGS"
  status      = "ENABLED"
}`,
    cloudformation: `Type: AWS::GuardDuty::Detector
Properties:
  Enable: true
  Features:
    - Name: LAMBDA_NETWORK_LOGS
      Status: ENABLED`,
    console: 'GuardDuty > Protection plans > Lambda Protection > Edit > Enable (for all member accounts from the delegated administrator).',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-6'],
});
