import { guardDutyPlanRule } from '../../kit/aws-logging-guardduty.js';

export default guardDutyPlanRule({
  id: 'aws-guardduty-rds-protection',
  feature: 'RDS_LOGIN_EVENTS',
  plan: 'RDS Protection',
  severity: 'medium',
  description: 'An enabled GuardDuty detector should have RDS Protection on, so that login activity on supported Aurora and RDS databases is profiled and anomalous sign-ins are reported.',
  risk: 'Database credentials are a favourite target: without RDS Protection, password spraying, a successful login from an unfamiliar network or a dormant user suddenly connecting goes unnoticed until the data is gone.',
  remediation: {
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=RDS_LOGIN_EVENTS,Status=ENABLED',
    terraform: `resource "aws_guardduty_detector_feature" "rds" {
  detector_id = aws_guardduty_detector.this.id
  name        = "RDS_LOGIN_EVENTS"
  status      = "ENABLED"
}`,
    cloudformation: `Type: AWS::GuardDuty::Detector
Properties:
  Enable: true
  Features:
    - Name: RDS_LOGIN_EVENTS
      Status: ENABLED`,
    console: 'GuardDuty > Protection plans > RDS Protection > Edit > Enable (for all member accounts from the delegated administrator).',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-9'],
});
