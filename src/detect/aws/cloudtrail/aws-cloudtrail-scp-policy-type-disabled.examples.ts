import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, call, failed } from '../../kit/cloudtrail-records-a.js';

const caller = { userIdentity: assumedRole('OrgAdmin', 'mallory') };
const toggle = (eventName: string) => call('organizations.amazonaws.com', eventName, { rootId: 'r-ab12', policyType: 'SERVICE_CONTROL_POLICY' }, caller);

export default defineDetectionExamples({
  fires: [{ name: 'SCPs switched off', records: [toggle('DisablePolicyType')] }],
  quiet: [
    { name: 'SCPs switched on', records: [toggle('EnablePolicyType')] },
    { name: 'refused', records: [failed(toggle('DisablePolicyType'))] },
  ],
});
