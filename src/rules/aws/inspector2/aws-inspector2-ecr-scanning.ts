import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-inspector2-ecr-scanning',
  title: 'Amazon Inspector does not scan ECR container images in the region',
  severity: 'medium',
  provider: 'aws',
  service: 'inspector2',
  resourceType: 'aws.inspector2.coverage',
  description: 'Amazon Inspector should be activated with Amazon ECR scanning in every account and region in use, so that ECR container images are checked for known vulnerabilities continuously.',
  risk: 'Enhanced scanning re-evaluates pushed images continuously as new CVEs are published; without it, images are judged at best once, at push time, by basic scanning.',
  remediation: {
    cli: 'aws inspector2 enable --resource-types ECR --account-ids ACCOUNT_ID',
    terraform: `resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["ECR"]
}`,
    console: 'Amazon Inspector > Account management > the account > Activate > Amazon ECR scanning (from the delegated administrator for the whole organization).',
  },
  references: ['https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/inspector-controls.html#inspector-2'],
  evaluate(coverage) {
    const { enabled, ecrScanning: scanning } = coverage.properties;
    const ev = [evidence('enabled', enabled), evidence('ecrScanning', scanning)];
    if (isKnown(enabled) && !enabled.value) return fail('Amazon Inspector is not activated in this account and region', ...ev);
    if (!isKnown(scanning)) return unknown(`the Inspector scanning status could not be read: ${scanning.reason ?? 'unresolvable'}`, ...ev);
    return scanning.value ? pass('Amazon ECR scanning is active', ...ev) : fail('Amazon ECR scanning is not active', ...ev);
  },
});
