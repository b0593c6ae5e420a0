import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed, policyJson } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const update = (params: Record<string, unknown>) => call('organizations.amazonaws.com', 'UpdatePolicy', { policyId: 'p-0a1b2c3d4e', ...params }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'guardrail text replaced by an allow-all', records: [update({ content: policyJson({ Effect: 'Allow', Action: '*', Resource: '*' }) })] }],
  quiet: [
    { name: 'only the description changed', records: [update({ description: 'deny leaving the organization' })] },
    { name: 'refused', records: [failed(update({ content: policyJson({ Effect: 'Allow', Action: '*', Resource: '*' }) }))] },
  ],
});
