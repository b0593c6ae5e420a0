import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, root } from '../../kit/cloudtrail-records-a.js';

const byRoot = { userIdentity: root() };
const schedule = call('supportplans.amazonaws.com', 'CreateSupportPlanSchedule', { supportLevel: 'ENTERPRISE' }, byRoot);

export default defineDetectionExamples({
  fires: [{ name: 'plan change scheduled', records: [schedule] }],
  quiet: [
    { name: 'plan viewed', records: [call('supportplans.amazonaws.com', 'GetSupportPlan', null, { ...byRoot, readOnly: true })] },
    { name: 'refused', records: [failed(schedule)] },
  ],
});
