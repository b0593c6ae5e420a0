import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-email-change',
  kind: 'event',
  services: ['account', 'billingconsole'],
  actions: ['SetAccountPreferences', 'StartPrimaryEmailUpdate', 'AcceptPrimaryEmailUpdate'],
  title: 'Root email address changed or being changed',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: "The primary (root user) email address of an account is being changed (StartPrimaryEmailUpdate / AcceptPrimaryEmailUpdate), or the account settings that hold it were saved in the billing console (SetAccountPreferences: name, email or password; the event does not say which). Root password recovery goes to that address: whoever owns it owns the account.",
  falsePositives: 'Moving accounts to a new mail domain or shared mailbox, planned by the platform team.',
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/API_StartPrimaryEmailUpdate.html', 'https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/logging-using-cloudtrail.html'],
  match(e) {
    // The billing console logs one event for a change of the account name, root email or root password.
    if (callEvenViaService(e, 'billingconsole', ['SetAccountPreferences'])) return `${who(e)} changed the account name, root email or root password of account ${e.account ?? '(unknown)'} in the billing console`;
    if (!callEvenViaService(e, 'account', ['StartPrimaryEmailUpdate', 'AcceptPrimaryEmailUpdate'])) return undefined;
    const step = e.action === 'StartPrimaryEmailUpdate' ? 'started' : 'accepted';
    // The new address is personal data and the log masks it; the account is what matters.
    return `${who(e)} ${step} a change of the root email of account ${paramStr(e, 'accountId') ?? e.account ?? '(unknown)'}`;
  },
});
