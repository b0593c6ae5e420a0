import { defineRule } from '../../kit/index.js';
import { judgePatchCount } from '../../kit/aws-compute-patching.js';

export default defineRule({
  id: 'aws-ssm-instance-security-patches-missing',
  title: 'Managed instance is missing security patches',
  severity: 'medium',
  provider: 'aws',
  service: 'ssm',
  resourceType: 'aws.ssm.managed-instance',
  description:
    'Patch Manager should report no missing patches that the vendor classifies as security updates (SecurityNonCompliantCount of the latest patch state), whatever their severity.',
  risk: 'Security updates fix known, published vulnerabilities; each one left uninstalled is a documented way in that scanners and exploit kits already know about.',
  remediation: {
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install --targets Key=InstanceIds,Values=INSTANCE_ID',
    terraform: `resource "aws_ssm_patch_baseline" "security" {
  name             = "security-updates"
  operating_system = "AMAZON_LINUX_2023"
  approval_rule {
    approve_after_days = 7
    patch_filter {
      key    = "CLASSIFICATION"
      values = ["Security"]
    }
  }
}`,
    console: 'Systems Manager > Patch Manager > Patch now: Scan and install; make sure the patch baseline approves Security-classified updates.',
  },
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-compliance-states.html'],
  evaluate(mi) {
    return judgePatchCount(mi, 'securityNonCompliantCount', 'security');
  },
});
