import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const put = call('account.amazonaws.com', 'PutAlternateContact', { alternateContactType: 'SECURITY', name: 'HIDDEN_DUE_TO_SECURITY_REASONS', emailAddress: 'HIDDEN_DUE_TO_SECURITY_REASONS', phoneNumber: 'HIDDEN_DUE_TO_SECURITY_REASONS', title: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, bob);

export default defineDetectionExamples({
  fires: [
    { name: 'security contact replaced', records: [put] },
    { name: 'billing contact deleted', records: [call('account.amazonaws.com', 'DeleteAlternateContact', { alternateContactType: 'BILLING' }, bob)] },
    { name: 'security questions replaced in the billing console', records: [call('billingconsole.amazonaws.com', 'SetSecurityQuestions', null, { ...bob, eventType: 'AwsConsoleAction' })] },
  ],
  quiet: [
    { name: 'contact read', records: [call('account.amazonaws.com', 'GetAlternateContact', { alternateContactType: 'SECURITY' }, { ...bob, readOnly: true })] },
    { name: 'refused', records: [failed(put)] },
  ],
});
