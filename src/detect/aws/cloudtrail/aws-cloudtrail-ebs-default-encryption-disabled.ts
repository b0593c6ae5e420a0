import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ebs-default-encryption-disabled',
  kind: 'event',
  services: ['ec2'],
  actions: ['DisableEbsEncryptionByDefault'],
  title: 'EBS encryption by default was turned off',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1578.005', techniqueName: 'Modify Cloud Compute Infrastructure: Modify Cloud Compute Configurations' },
  description: 'DisableEbsEncryptionByDefault: new volumes and snapshot copies in the region are no longer encrypted unless each request asks for it, so data can land unencrypted and snapshots of it can be shared.',
  falsePositives: 'Rare on purpose; sometimes a workaround for an AMI or tool that fails with encrypted volumes.',
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'DisableEbsEncryptionByDefault')) return undefined;
    return `${who(e)} turned off EBS encryption by default in ${e.region ?? 'an unknown region'}`;
  },
});
