import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-securityhub-enabled',
  title: 'Security Hub is not enabled in this region',
  severity: 'medium',
  provider: 'aws',
  service: 'securityhub',
  resourceType: 'aws.securityhub.hub',
  description:
    'Security Hub should be enabled in each region, to collect findings from GuardDuty, Inspector, Macie and its own control checks in one place. Live scans judge every region; IaC scans judge declared hubs.',
  risk: 'Without Security Hub, findings stay scattered across services and regions, and drift from security standards goes unmeasured.',
  remediation: {
    cli: 'aws securityhub enable-security-hub --enable-default-standards',
    terraform: `resource "aws_securityhub_account" "this" {
  enable_default_standards = true
}`,
    cloudformation: `Hub:
  Type: AWS::SecurityHub::Hub
  Properties:
    EnableDefaultStandards: true`,
    console: 'Security Hub > Go to Security Hub > Enable Security Hub (repeat in each region, or configure central configuration from the delegated administrator).',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-standards-fsbp.html',
  ],
  evaluate(hub) {
    return check('enabled', hub.properties.enabled, (b) => b, {
      pass: 'Security Hub is enabled',
      fail: 'Security Hub is not enabled',
    });
  },
});
