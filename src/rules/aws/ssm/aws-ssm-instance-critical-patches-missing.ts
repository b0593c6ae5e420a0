import { defineRule } from '../../kit/index.js';
import { judgePatchCount } from '../../kit/aws-compute-patching.js';

export default defineRule({
  id: 'aws-ssm-instance-critical-patches-missing',
  title: 'Managed instance is missing critical patches',
  severity: 'high',
  provider: 'aws',
  service: 'ssm',
  resourceType: 'aws.ssm.managed-instance',
  description:
    'Patch Manager should report no missing patches classified critical on a managed instance (CriticalNonCompliantCount of its latest patch state). An instance Patch Manager never scanned is judged by aws-ssm-instance-patch-scan-stale.',
  risk: 'Critical operating-system patches close remotely exploitable flaws; an instance without them is what worms and opportunistic attackers compromise first.',
  remediation: {
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install,RebootOption=RebootIfNeeded --targets Key=InstanceIds,Values=INSTANCE_ID',
    terraform: `resource "aws_ssm_association" "patch_install" {
  name                = "AWS-RunPatchBaseline"
  schedule_expression = "cron(0 3 ? * SUN *)"
  parameters = {
    Operation = "Install"
  }
  targets {
    key    = "tag:Patch Group"
    values = ["production"]
  }
}`,
    console: 'Systems Manager > Patch Manager > Patch now: Operation Scan and install for the instance; then schedule it with a maintenance window or a patch policy.',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
  ],
  evaluate(mi) {
    return judgePatchCount(mi, 'criticalNonCompliantCount', 'critical');
  },
});
