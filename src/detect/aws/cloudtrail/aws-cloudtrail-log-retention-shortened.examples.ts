import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const put = (retentionInDays: number) => apiCall('logs', 'PutRetentionPolicy', { logGroupName: 'aws-cloudtrail-logs-222222222222-org', retentionInDays });

export default defineDetectionExamples({
  fires: [{ name: 'one day', records: [put(1)] }],
  quiet: [
    { name: 'a year', records: [put(365)] },
    { name: 'refused', records: [refused(put(1))] },
  ],
});
