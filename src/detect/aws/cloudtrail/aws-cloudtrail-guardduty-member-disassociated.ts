import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req, who } from '../../kit/aws-b-params.js';

const FROM_ADMIN = ['DisassociateFromMasterAccount', 'DisassociateFromAdministratorAccount'];
const MEMBERS = ['DisassociateMembers', 'DeleteMembers'];

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-member-disassociated',
  kind: 'event',
  services: ['guardduty'],
  actions: [...FROM_ADMIN, ...MEMBERS],
  title: 'An account left central GuardDuty monitoring',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'A member account was disassociated from the GuardDuty administrator (by the member or by the administrator): its findings stop reaching the security team, even if its detector keeps running.',
  falsePositives: 'Accounts leaving the organization, or a change of delegated administrator. Check the account list against the organization.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_accounts.html'],
  match(e) {
    if (principalCall(e, 'guardduty', ...FROM_ADMIN)) return `${who(e)} disassociated account ${e.account ?? '(unknown)'} from its GuardDuty administrator`;
    if (!principalCall(e, 'guardduty', ...MEMBERS)) return undefined;
    const accounts = asStrings(req(e, 'accountIds'));
    return `${who(e)} removed ${accounts.length > 0 ? accounts.join(', ') : 'member accounts'} from GuardDuty (${e.action})`;
  },
});
