import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-ec2-instance-fixable-cve',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  check: 'fixable-cve',
  title: 'EC2 instance has a critical or high CVE with a fix available',
  severity: 'high',
  description:
    'An EC2 instance should have no active critical or high vulnerability finding for which the vendor has published a fixed version: such findings mean patching is possible and overdue.',
  risk: 'Every day a fixable critical flaw stays deployed is exposure that an update would remove; these are the findings auditors expect to be patched within a set window.',
  remediation: {
    cli: `aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install --targets Key=InstanceIds,Values=INSTANCE_ID  # or rebuild from a patched AMI`,
    console: 'Systems Manager > Patch Manager > Patch now (Install) for the instance; review the finding in Inspector > Findings > By instance.',
  },
  references: [
    'https://docs.aws.amazon.com/inspector/latest/user/findings-understanding.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  ],
});
