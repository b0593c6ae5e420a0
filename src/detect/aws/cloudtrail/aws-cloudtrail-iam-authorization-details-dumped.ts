import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-iam-authorization-details-dumped',
  kind: 'event',
  services: ['iam'],
  actions: ['GetAccountAuthorizationDetails'],
  title: 'Whole IAM configuration downloaded',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Discovery', technique: 'T1087.004', techniqueName: 'Account Discovery: Cloud Account' },
  description: 'GetAccountAuthorizationDetails returns every user, group, role and policy of the account in one go: the first thing attack tools fetch to plan privilege escalation.',
  falsePositives: 'Security and compliance scanners and IAM analysis tools (Access Analyzer add-ons, this tool); allow-list their roles.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html'],
  match(e) {
    return callEvenViaService(e, 'iam', ['GetAccountAuthorizationDetails']) ? `${who(e)} downloaded the account's IAM authorization details` : undefined;
  },
});
