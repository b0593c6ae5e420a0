import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-macie-disabled',
  kind: 'event',
  services: ['macie2'],
  actions: ['DisableMacie'],
  title: 'Amazon Macie was disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DisableMacie turned off sensitive-data discovery and deleted Macie findings and configuration in the region.',
  falsePositives: 'Cost decisions or a move to another data-classification tool. Confirm with the data owners.',
  references: ['https://docs.aws.amazon.com/macie/latest/APIReference/macie.html'],
  match(e) {
    if (!principalCall(e, 'macie2', 'DisableMacie')) return undefined;
    return `${who(e)} disabled Macie in ${e.region ?? 'an unknown region'}`;
  },
});
