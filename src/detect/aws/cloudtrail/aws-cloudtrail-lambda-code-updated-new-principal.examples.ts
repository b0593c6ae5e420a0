import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, at, iamUser } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const deployer = assumedRole('github-deploy', 'run-4411');
const update = (fn: string, minute: number, userIdentity: Record<string, unknown>) => apiCall('lambda', 'UpdateFunctionCode20150331v2', { functionName: fn, publish: true, dryRun: false }, { eventTime: at(minute), userIdentity });

export default defineDetectionExamples({
  fires: [{ name: 'an engineer replaces the pipeline\'s code', records: [update('billing-export', 0, deployer), update('billing-export', 60, iamUser('mallory'))] }],
  quiet: [
    { name: 'the pipeline deploys repeatedly', records: [update('billing-export', 0, deployer), update('billing-export', 60, assumedRole('github-deploy', 'run-4412'))] },
    { name: 'different functions, different deployers', records: [update('billing-export', 0, deployer), update('thumbnailer', 5, iamUser('mallory'))] },
    { name: 'a refused update by someone else', records: [update('billing-export', 0, deployer), refused(update('billing-export', 60, iamUser('mallory')))] },
  ],
});
