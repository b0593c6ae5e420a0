import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, assumedRole, call, failed, root } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const start = call('account.amazonaws.com', 'StartPrimaryEmailUpdate', { accountId: OTHER_ACCOUNT, primaryEmail: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, caller);

export default defineDetectionExamples({
  fires: [
    { name: 'change started', records: [start] },
    { name: 'change accepted', records: [call('account.amazonaws.com', 'AcceptPrimaryEmailUpdate', { accountId: OTHER_ACCOUNT, otp: 'HIDDEN_DUE_TO_SECURITY_REASONS', primaryEmail: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, caller)] },
    { name: 'account settings saved by root in the billing console', records: [call('billingconsole.amazonaws.com', 'SetAccountPreferences', null, { userIdentity: root(), eventType: 'AwsConsoleAction' })] },
  ],
  quiet: [
    { name: 'address read', records: [call('account.amazonaws.com', 'GetPrimaryEmail', { accountId: OTHER_ACCOUNT }, { ...caller, readOnly: true })] },
    { name: 'refused', records: [failed(start)] },
  ],
});
