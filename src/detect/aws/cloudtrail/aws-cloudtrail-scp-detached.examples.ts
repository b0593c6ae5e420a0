import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const detach = (policyId: string) => call('organizations.amazonaws.com', 'DetachPolicy', { policyId, targetId: 'ou-ab12-11111111' }, { userIdentity: assumedRole('OrgAdmin', 'mallory') });

export default defineDetectionExamples({
  fires: [{ name: 'guardrail SCP detached from an OU', records: [detach('p-0a1b2c3d4e')] }],
  quiet: [
    { name: 'FullAWSAccess detached (tightening)', records: [detach('p-FullAWSAccess')] },
    { name: 'refused', records: [failed(detach('p-0a1b2c3d4e'))] },
  ],
});
