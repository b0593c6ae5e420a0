import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-account-closed',
  kind: 'event',
  services: ['organizations', 'billingconsole'],
  actions: ['CloseAccount'],
  title: 'AWS account closed',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1531', techniqueName: 'Account Access Removal' },
  description: 'An AWS account was closed, from the organization (CloseAccount) or from its billing console. Its resources stop and are deleted after the post-closure period: destructive if unplanned.',
  falsePositives: 'Decommissioning of sandbox or project accounts; confirm with the account owner.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html', 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-closing.html'],
  match(e) {
    if (!callEvenViaService(e, 'organizations', ['CloseAccount']) && !callEvenViaService(e, 'billingconsole', ['CloseAccount'])) return undefined;
    return `${who(e)} closed account ${paramStr(e, 'accountId') ?? e.account ?? '(unknown)'}`;
  },
});
