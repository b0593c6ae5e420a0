import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, root } from '../../kit/cloudtrail-records-a.js';

const byRoot = { userIdentity: root() };

export default defineDetectionExamples({
  fires: [
    { name: 'payment method changed', records: [call('billingconsole.amazonaws.com', 'SetPayInformation', null, { ...byRoot, eventType: 'AwsConsoleAction' })] },
    { name: 'IAM access to billing switched on', records: [call('billingconsole.amazonaws.com', 'SetIAMAccessPreference', null, { ...byRoot, eventType: 'AwsConsoleAction' })] },
  ],
  quiet: [
    { name: 'bills viewed (logged without the read-only flag)', records: [call('billingconsole.amazonaws.com', 'GetBillsForBillingPeriod', null, { ...byRoot, eventType: 'AwsConsoleAction', readOnly: null })] },
    { name: 'refused', records: [failed(call('billingconsole.amazonaws.com', 'SetPayInformation', null, byRoot))] },
    { name: 'account closure (its own detection)', records: [call('billingconsole.amazonaws.com', 'CloseAccount', null, byRoot)] },
  ],
});
