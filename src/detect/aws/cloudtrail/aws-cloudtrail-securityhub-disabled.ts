import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-securityhub-disabled',
  kind: 'event',
  services: ['securityhub'],
  actions: ['DisableSecurityHub'],
  title: 'Security Hub was disabled',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DisableSecurityHub turned off Security Hub in the region: its standards checks stop and the findings it aggregated are deleted after 90 days.',
  falsePositives: 'Moving to a delegated-administrator setup, or closing a region. Confirm with the security team.',
  references: ['https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DisableSecurityHub.html'],
  match(e) {
    if (!principalCall(e, 'securityhub', 'DisableSecurityHub')) return undefined;
    return `${who(e)} disabled Security Hub in ${e.region ?? 'an unknown region'}`;
  },
});
