import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const del = call('organizations.amazonaws.com', 'DeletePolicy', { policyId: 'p-0a1b2c3d4e' }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'policy deleted', records: [del] }],
  quiet: [
    { name: 'still attached somewhere', records: [failed(del, 'PolicyInUseException', 'The policy is attached to one or more entities.')] },
    { name: 'policy created', records: [call('organizations.amazonaws.com', 'CreatePolicy', { name: 'deny-regions', type: 'SERVICE_CONTROL_POLICY', content: '{}' }, caller)] },
  ],
});
