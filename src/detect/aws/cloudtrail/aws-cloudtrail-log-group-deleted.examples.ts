import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = (logGroupName: string) => apiCall('logs', 'DeleteLogGroup', { logGroupName });

export default defineDetectionExamples({
  fires: [
    { name: 'CloudTrail log group', records: [del('aws-cloudtrail-logs-222222222222-org')] },
    { name: 'flow log group', records: [del('/vpc/flowlogs/prod')] },
  ],
  quiet: [
    { name: 'an application log group', records: [del('/aws/lambda/thumbnailer')] },
    { name: 'refused', records: [refused(del('aws-cloudtrail-logs-222222222222-org'))] },
  ],
});
