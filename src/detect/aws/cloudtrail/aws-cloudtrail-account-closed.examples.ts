import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, assumedRole, call, failed, root } from '../../kit/cloudtrail-records-a.js';

const orgClose = call('organizations.amazonaws.com', 'CloseAccount', { accountId: OTHER_ACCOUNT }, { userIdentity: assumedRole('OrgAdmin', 'mallory') });

export default defineDetectionExamples({
  fires: [
    { name: 'closed from the organization', records: [orgClose] },
    { name: 'closed by root in the billing console', records: [call('billingconsole.amazonaws.com', 'CloseAccount', null, { userIdentity: root() })] },
  ],
  quiet: [
    { name: 'refused (quota of closures)', records: [failed(orgClose, 'ConstraintViolationException', 'You have exceeded close account quota for the past 30 days.')] },
    { name: 'account read', records: [call('organizations.amazonaws.com', 'DescribeAccount', { accountId: OTHER_ACCOUNT }, { userIdentity: assumedRole('OrgAdmin', 'mallory'), readOnly: true })] },
  ],
});
