import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-inspector-disabled',
  kind: 'event',
  services: ['inspector2'],
  actions: ['Disable'],
  title: 'Amazon Inspector scanning was disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'Inspector (v2) Disable stopped vulnerability scanning of EC2 instances, container images or Lambda functions for the named accounts.',
  falsePositives: 'Turning off a scan type that is not used (e.g. Lambda code scanning). Check which resource types were turned off.',
  references: ['https://docs.aws.amazon.com/inspector/v2/APIReference/API_Disable.html'],
  match(e) {
    if (!principalCall(e, 'inspector2', 'Disable')) return undefined;
    const types = asStrings(req(e, 'resourceTypes'));
    const accounts = asStrings(req(e, 'accountIds'));
    return `${who(e)} disabled Inspector scanning of ${types.length > 0 ? types.join(', ') : 'all resource types'} for ${accounts.length > 0 ? accounts.join(', ') : `account ${e.account ?? '(unknown)'}`}`;
  },
});
