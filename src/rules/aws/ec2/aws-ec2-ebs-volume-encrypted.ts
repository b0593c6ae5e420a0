import { isFalse } from '../../../model/core/index.js';
import { check, defineRule, ebsEncryptedByDefault, evidence, pass } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-ebs-volume-encrypted',
  title: 'EBS volume is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.volume',
  description:
    'EBS volumes should be encrypted at rest. In IaC, a volume declared unencrypted passes when the same scan turns on EBS encryption by default for its account and region, since AWS then encrypts it anyway.',
  risk: 'Unencrypted volumes and the snapshots taken from them can be copied, shared or restored without any key permission check, and their data is readable by anyone who obtains the snapshot.',
  remediation: {
    cli: 'aws ec2 enable-ebs-encryption-by-default   # new volumes; existing ones: snapshot, copy the snapshot with --encrypted, create a volume from it and swap',
    terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}`,
    cloudformation: `Data:
  Type: AWS::EC2::Volume
  Properties:
    AvailabilityZone: eu-west-1a
    Size: 100
    Encrypted: true`,
    console: 'EC2 > Snapshots > create a snapshot of the volume > Copy snapshot with Encryption on > Create volume from the copy > attach it in place of the old volume; and EC2 > Settings > EBS encryption > Always encrypt new EBS volumes.',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
  ],
  evaluate(volume, ctx) {
    const enc = volume.properties.encrypted;
    if (isFalse(enc) && ebsEncryptedByDefault(ctx, volume)) {
      return pass('EBS encryption by default is enabled in this scan, so AWS encrypts the volume', evidence('encrypted', enc));
    }
    return check('encrypted', enc, (on) => on, { pass: 'The volume is encrypted', fail: 'The volume is not encrypted' });
  },
});
