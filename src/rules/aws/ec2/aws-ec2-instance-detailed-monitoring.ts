import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-detailed-monitoring',
  title: 'EC2 instance does not have detailed monitoring enabled',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description: 'EC2 instances should have detailed (one-minute) CloudWatch monitoring enabled.',
  risk: 'With five-minute basic metrics, short CPU or network spikes (crypto-mining bursts, exfiltration, a runaway process) are averaged away and alarms fire late or never.',
  remediation: {
    cli: 'aws ec2 monitor-instances --instance-ids INSTANCE_ID',
    terraform: `resource "aws_instance" "app" {
  # ...
  monitoring = true
}`,
    cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    Monitoring: true`,
    console: 'EC2 > Instances > the instance > Actions > Monitor and troubleshoot > Manage detailed monitoring > Enable.',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-detailed-monitoring.html'],
  evaluate(instance) {
    return check('detailedMonitoring', instance.properties.detailedMonitoring, (on) => on, {
      pass: 'Detailed monitoring is enabled',
      fail: 'Detailed monitoring is disabled (basic five-minute metrics only)',
    });
  },
});
