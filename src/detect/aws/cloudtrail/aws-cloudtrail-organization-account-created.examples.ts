import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const create = call('organizations.amazonaws.com', 'CreateAccount', { accountName: 'sandbox-9', email: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'account created', records: [create] }],
  quiet: [
    { name: 'refused', records: [failed(create)] },
    { name: 'creation status polled', records: [call('organizations.amazonaws.com', 'DescribeCreateAccountStatus', { createAccountRequestId: 'car-0123456789abcdef' }, { ...caller, readOnly: true })] },
  ],
});
