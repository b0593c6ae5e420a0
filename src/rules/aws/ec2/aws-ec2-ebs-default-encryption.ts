import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-ebs-default-encryption',
  title: 'EBS encryption by default is not enabled',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.ebs-default-encryption',
  description:
    'EBS encryption by default should be on in every region, so that every new volume and snapshot copy is encrypted whatever the launching tool asks for. Live scans judge each region; IaC judges declared aws_ebs_encryption_by_default resources.',
  risk: 'Without the account setting, each team and template must remember to encrypt; one forgotten flag leaves a data volume and all its snapshots unencrypted.',
  remediation: {
    cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION',
    terraform: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`,
    console: 'EC2 > (choose the region) > Account attributes > Data protection and security > EBS encryption > Manage > Enable; repeat per region.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
  ],
  evaluate(setting) {
    return check('enabled', setting.properties.enabled, (on) => on, {
      pass: 'EBS encryption by default is enabled',
      fail: 'EBS encryption by default is disabled',
    });
  },
});
