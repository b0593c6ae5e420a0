import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-inspector2-ec2-scanning',
  title: 'Amazon Inspector does not scan EC2 instances in the region',
  severity: 'medium',
  provider: 'aws',
  service: 'inspector2',
  resourceType: 'aws.inspector2.coverage',
  description: 'Amazon Inspector should be activated with Amazon EC2 scanning in every account and region in use, so that EC2 instances are checked for known vulnerabilities continuously.',
  risk: 'Instances are scanned for operating-system and language package CVEs and network reachability; without it, the CVE rules on instances have no data and unpatched hosts go unnoticed.',
  remediation: {
    cli: 'aws inspector2 enable --resource-types EC2 --account-ids ACCOUNT_ID',
    terraform: `resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["EC2"]
}`,
    console: 'Amazon Inspector > Account management > the account > Activate > Amazon EC2 scanning (from the delegated administrator for the whole organization).',
  },
  references: ['https://docs.aws.amazon.com/inspector/latest/user/scanning-ec2.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/inspector-controls.html#inspector-1'],
  evaluate(coverage) {
    const { enabled, ec2Scanning: scanning } = coverage.properties;
    const ev = [evidence('enabled', enabled), evidence('ec2Scanning', scanning)];
    if (isKnown(enabled) && !enabled.value) return fail('Amazon Inspector is not activated in this account and region', ...ev);
    if (!isKnown(scanning)) return unknown(`the Inspector scanning status could not be read: ${scanning.reason ?? 'unresolvable'}`, ...ev);
    return scanning.value ? pass('Amazon EC2 scanning is active', ...ev) : fail('Amazon EC2 scanning is not active', ...ev);
  },
});
