import { check, defineRule } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';

const STANDARD = /standards\/aws-foundational-security-best-practices\//i;

export default defineRule({
  id: 'aws-securityhub-fsbp-standard',
  title: 'Security Hub does not run the AWS Foundational Security Best Practices standard',
  severity: 'medium',
  provider: 'aws',
  service: 'securityhub',
  resourceType: 'aws.securityhub.hub',
  description: 'Where Security Hub is enabled, the AWS Foundational Security Best Practices standard should be subscribed (any version), so its controls are evaluated continuously. A hub that is off is reported by aws-securityhub-enabled instead.',
  risk: "Security Hub's own control set across most services; without it the hub only aggregates other services' findings and measures nothing itself.",
  remediation: {
    cli: 'aws securityhub batch-enable-standards --standards-subscription-requests StandardsArn=arn:aws:securityhub:REGION::standards/aws-foundational-security-best-practices/v/1.0.0',
    terraform: `resource "aws_securityhub_standards_subscription" "this" {
  depends_on    = [aws_securityhub_account.this]
  standards_arn = "arn:aws:securityhub:\${data.aws_region.current.name}::standards/aws-foundational-security-best-practices/v/1.0.0"
}`,
    cloudformation: `Type: AWS::SecurityHub::Standard
Properties:
  StandardsArn: !Sub arn:aws:securityhub:\${AWS::Region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
    console: 'Security Hub > Security standards > AWS Foundational Security Best Practices > Enable (or, with central configuration, add it to the configuration policy).',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html'],
  evaluate(hub) {
    if (isKnown(hub.properties.enabled) && !hub.properties.enabled.value) return undefined;
    return check('enabledStandards', hub.properties.enabledStandards, (list) => list.some((arn) => STANDARD.test(arn)), {
      pass: 'the AWS Foundational Security Best Practices standard is enabled',
      fail: 'the AWS Foundational Security Best Practices standard is not enabled',
    });
  },
});
