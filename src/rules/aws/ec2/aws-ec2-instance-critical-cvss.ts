import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-ec2-instance-critical-cvss',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  check: 'critical-cvss',
  title: 'EC2 instance has a CVE with CVSS 9.0 or higher',
  severity: 'high',
  description:
    'An EC2 instance should have no active vulnerability finding whose base CVSS score is 9.0 or more (critical in CVSS terms), whatever severity the scanner assigned it in context.',
  risk: 'CVSS 9+ flaws are typically remotely exploitable without authentication and give full compromise; they are the ones attackers automate first.',
  remediation: {
    cli: `aws ssm send-command --document-name AWS-RunPatchBaseline --parameters Operation=Install --targets Key=InstanceIds,Values=INSTANCE_ID  # or rebuild from a patched AMI`,
    console: 'Systems Manager > Patch Manager > Patch now (Install) for the instance; review the finding in Inspector > Findings > By instance.',
  },
  references: [
    'https://docs.aws.amazon.com/inspector/latest/user/findings-understanding.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager.html',
  ],
});
