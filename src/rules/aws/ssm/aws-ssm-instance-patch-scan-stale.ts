import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { PATCH_SCAN_MAX_AGE_DAYS, daysSince } from '../../kit/aws-compute-patching.js';

export default defineRule({
  id: 'aws-ssm-instance-patch-scan-stale',
  title: 'Managed instance has no patch scan in the last 30 days',
  severity: 'medium',
  provider: 'aws',
  service: 'ssm',
  resourceType: 'aws.ssm.managed-instance',
  description: `Patch Manager should have scanned (or patched) every managed instance within the last ${PATCH_SCAN_MAX_AGE_DAYS} days. An instance with no patch state at all fails too: its patch level is simply not known to anyone.`,
  risk: 'Patch compliance is only as fresh as the last scan: an instance nobody scans may be months behind while dashboards show it as compliant or leave it out.',
  remediation: {
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Scan --targets Key=InstanceIds,Values=INSTANCE_ID',
    terraform: `resource "aws_ssm_association" "patch_scan" {
  name                = "AWS-RunPatchBaseline"
  schedule_expression = "rate(1 day)"
  parameters = {
    Operation = "Scan"
  }
  targets {
    key    = "InstanceIds"
    values = ["*"]
  }
}`,
    console: 'Systems Manager > Patch Manager > Create patch policy (or a State Manager association of AWS-RunPatchBaseline) that scans every instance at least daily.',
  },
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-policies.html'],
  evaluate(mi, ctx) {
    const { patchStateReported: reported, lastPatchOperationTime: at } = mi.properties;
    const ev = [evidence('patchStateReported', reported), evidence('lastPatchOperationTime', at)];
    if (!isKnown(reported)) return unknown(`whether Patch Manager reported on the instance could not be read: ${reported.reason ?? 'unresolvable'}`, ...ev);
    if (!reported.value) return fail('Patch Manager has never reported a patch state for the instance', ...ev);
    if (!isKnown(at)) return unknown(`the time of the last patch operation could not be read: ${at.reason ?? 'unresolvable'}`, ...ev);
    const age = at.value === null ? null : daysSince(at.value, ctx.now);
    if (age === null) return fail('the patch state names no operation time', ...ev);
    return age > PATCH_SCAN_MAX_AGE_DAYS
      ? fail(`the last patch operation ended ${Math.floor(age)} days ago (more than ${PATCH_SCAN_MAX_AGE_DAYS})`, ...ev)
      : pass(`the last patch operation ended ${Math.floor(age)} days ago`, ...ev);
  },
});
