import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-ssm-managed',
  title: 'EC2 instance is not managed by Systems Manager',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    'Every running EC2 instance should be a Systems Manager managed instance (its SSM Agent registered), so that Patch Manager can scan and patch it. Judged on live scans only: registration happens at run time. Stopped instances are not judged.',
  risk: 'An instance outside Systems Manager is outside patch compliance and inventory: nobody knows its patch level, and it is typically the forgotten host that is months behind.',
  remediation: {
    cli: 'aws ec2 associate-iam-instance-profile --instance-id INSTANCE_ID --iam-instance-profile Name=SSMManagedInstance  # a profile whose role has AmazonSSMManagedInstanceCore; the agent ships in Amazon Linux, Ubuntu and Windows AMIs',
    terraform: `resource "aws_iam_role_policy_attachment" "ssm" {
  role       = aws_iam_role.instance.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_instance" "app" {
  # ...
  iam_instance_profile = aws_iam_instance_profile.instance.name
}`,
    console: 'Systems Manager > Quick Setup > Default Host Management Configuration (manages every instance of the region), or attach an instance profile with AmazonSSMManagedInstanceCore.',
  },
  references: [
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/managed_instances.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1',
  ],
  evaluate(instance, ctx) {
    if (instance.origin.kind === 'iac') return undefined;
    const state = instance.properties.state;
    if (isKnown(state) && state.value !== 'running' && state.value !== 'pending') return undefined;
    const managed = ctx.referencing('aws.ssm.managed-instance', 'instanceUid', instance.uid);
    if (managed.length > 0) return pass(`the instance is managed by Systems Manager (ping status ${managed[0]!.properties.pingStatus.value ?? 'unknown'})`, evidence('ssm.instanceUid', managed[0]!.properties.instanceUid));
    return fail('Systems Manager does not list the instance as a managed instance', evidence('state', state));
  },
});
