import { isFalse } from '../../../model/core/index.js';
import { check, defineRule, ebsEncryptedByDefault, evidence, pass } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-root-volume-encrypted',
  title: 'EC2 instance root volume is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description:
    'The root EBS volume of an EC2 instance should be encrypted. In IaC, a root volume declared unencrypted passes when the same scan turns on EBS encryption by default for the account and region.',
  risk: 'The root volume holds the operating system, logs, caches and often application secrets; unencrypted, its snapshots and AMIs can be shared or restored with no key check.',
  remediation: {
    cli: 'aws ec2 enable-ebs-encryption-by-default   # then replace the instance, or swap in an encrypted copy of the root volume',
    terraform: `resource "aws_instance" "app" {
  # ...
  root_block_device {
    encrypted = true
  }
}`,
    cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    BlockDeviceMappings:
      - DeviceName: /dev/xvda
        Ebs:
          Encrypted: true`,
    console: 'Stop the instance, snapshot the root volume, copy the snapshot with encryption, create an AMI or volume from it and relaunch/swap; turn on EC2 > Settings > EBS encryption for new instances.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  evaluate(instance, ctx) {
    const enc = instance.properties.rootVolumeEncrypted;
    if (isFalse(enc) && ebsEncryptedByDefault(ctx, instance)) {
      return pass('EBS encryption by default is enabled in this scan, so AWS encrypts the root volume', evidence('rootVolumeEncrypted', enc));
    }
    return check('rootVolumeEncrypted', enc, (on) => on, { pass: 'The root volume is encrypted', fail: 'The root volume is not encrypted' });
  },
});
