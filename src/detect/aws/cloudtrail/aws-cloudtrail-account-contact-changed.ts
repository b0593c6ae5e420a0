import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-account-contact-changed',
  kind: 'event',
  services: ['billingconsole', 'account'],
  title: 'Account contact or alternate contact changed',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: "The account's primary contact, its billing, operations or security alternate contact, or its security challenge questions were changed (Account Management API or billing console). AWS sends abuse reports, security notices and billing warnings to the contacts and uses the questions to verify the owner; changing them keeps the owner in the dark and helps a takeover.",
  falsePositives: 'A team change, or contacts set centrally through the organization.',
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html', 'https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/logging-using-cloudtrail.html'],
  match(e) {
    if (callEvenViaService(e, 'billingconsole', ['SetContactAddress', 'SetAdditionalContacts', 'SetSecurityQuestions'])) {
      const which = e.action === 'SetContactAddress' ? 'owner address' : e.action === 'SetAdditionalContacts' ? 'alternate contacts' : 'security challenge questions';
      return `${who(e)} changed the ${which} of account ${e.account ?? '(unknown)'} in the billing console`;
    }
    if (!callEvenViaService(e, 'account', ['PutContactInformation', 'PutAlternateContact', 'DeleteAlternateContact'])) return undefined;
    const which = e.action === 'PutContactInformation' ? 'primary contact' : `${(paramStr(e, 'alternateContactType') ?? 'alternate').toLowerCase()} contact`;
    const target = paramStr(e, 'accountId') ?? e.account ?? '(unknown)';
    return `${who(e)} ${e.action === 'DeleteAlternateContact' ? 'deleted' : 'changed'} the ${which} of account ${target}`;
  },
});
