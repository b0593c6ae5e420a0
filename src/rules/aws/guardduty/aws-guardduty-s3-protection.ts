import { guardDutyPlanRule } from '../../kit/aws-logging-guardduty.js';

export default guardDutyPlanRule({
  id: 'aws-guardduty-s3-protection',
  feature: 'S3_DATA_EVENTS',
  plan: 'S3 Protection',
  severity: 'medium',
  description: 'An enabled GuardDuty detector should have S3 Protection on, so that object-level API activity (CloudTrail S3 data events) is analysed for exfiltration and suspicious access.',
  risk: 'Without S3 Protection, GuardDuty sees who changes bucket settings but not who reads or deletes objects: mass downloads from unusual locations and ransomware-style deletions go unflagged.',
  remediation: {
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=S3_DATA_EVENTS,Status=ENABLED',
    terraform: `resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}`,
    cloudformation: `Type: AWS::GuardDuty::Detector
Properties:
  Enable: true
  Features:
    - Name: S3_DATA_EVENTS
      Status: ENABLED`,
    console: 'GuardDuty > Protection plans > S3 Protection > Enable (for all member accounts from the delegated administrator).',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10'],
});
