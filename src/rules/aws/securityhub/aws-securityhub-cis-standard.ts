import { check, defineRule } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';

const STANDARD = /cis-aws-foundations-benchmark\//i;

export default defineRule({
  id: 'aws-securityhub-cis-standard',
  title: 'Security Hub does not run the CIS AWS Foundations Benchmark standard',
  severity: 'low',
  provider: 'aws',
  service: 'securityhub',
  resourceType: 'aws.securityhub.hub',
  description: 'Where Security Hub is enabled, the CIS AWS Foundations Benchmark standard should be subscribed (any version), so its controls are evaluated continuously. A hub that is off is reported by aws-securityhub-enabled instead.',
  risk: 'The CIS controls (root use, MFA, CloudTrail, monitoring alarms) are what auditors ask about first; without the standard nobody measures them continuously and drift shows up only at audit time.',
  remediation: {
    cli: 'aws securityhub batch-enable-standards --standards-subscription-requests StandardsArn=arn:aws:securityhub:REGION::standards/cis-aws-foundations-benchmark/v/3.0.0',
    terraform: `resource "aws_securityhub_standards_subscription" "this" {
  depends_on    = [aws_securityhub_account.this]
  standards_arn = "arn:aws:securityhub:\${data.aws_region.current.name}::standards/cis-aws-foundations-benchmark/v/3.0.0"
}`,
    cloudformation: `Type: AWS::SecurityHub::Standard
Properties:
  StandardsArn: !Sub arn:aws:securityhub:\${AWS::Region}::standards/cis-aws-foundations-benchmark/v/3.0.0`,
    console: 'Security Hub > Security standards > CIS AWS Foundations Benchmark > Enable (or, with central configuration, add it to the configuration policy).',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html'],
  evaluate(hub) {
    if (isKnown(hub.properties.enabled) && !hub.properties.enabled.value) return undefined;
    return check('enabledStandards', hub.properties.enabledStandards, (list) => list.some((arn) => STANDARD.test(arn)), {
      pass: 'the CIS AWS Foundations Benchmark standard is enabled',
      fail: 'the CIS AWS Foundations Benchmark standard is not enabled',
    });
  },
});
