import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-guardduty-detector-enabled',
  title: 'GuardDuty is not enabled in this region',
  severity: 'medium',
  provider: 'aws',
  service: 'guardduty',
  resourceType: 'aws.guardduty.detector',
  description:
    'Each region should have an enabled GuardDuty detector. Live scans judge every region (one with no detector fails); IaC scans judge the detectors they declare.',
  risk: 'Without GuardDuty, compromised credentials, crypto-mining, reconnaissance and calls from known-malicious addresses go undetected.',
  remediation: {
    cli: 'aws guardduty create-detector --enable   # in each region; or aws guardduty update-detector --detector-id ID --enable',
    terraform: `resource "aws_guardduty_detector" "this" {
  enable = true
}`,
    cloudformation: `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true`,
    console: 'GuardDuty > Get started > Enable GuardDuty (repeat in each region, or use a delegated administrator for the organization).',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1',
  ],
  evaluate(detector) {
    return check('enabled', detector.properties.enabled, (b) => b, {
      pass: 'GuardDuty is enabled',
      fail: 'GuardDuty is not enabled',
    });
  },
});
