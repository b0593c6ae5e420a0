import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ami-block-public-access-disabled',
  kind: 'event',
  services: ['ec2'],
  actions: ['DisableImageBlockPublicAccess'],
  title: 'Block public access for AMIs was turned off',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562', techniqueName: 'Impair Defenses' },
  description: 'DisableImageBlockPublicAccess: AMIs in the region can be made public again, with whatever data and credentials were baked into them.',
  falsePositives: 'Accounts that publish public AMIs on purpose (marketplace or community images).',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'DisableImageBlockPublicAccess')) return undefined;
    return `${who(e)} turned off block public access for AMIs in ${e.region ?? 'an unknown region'}`;
  },
});
