import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = (p: Record<string, unknown>) => apiCall('secretsmanager', 'DeleteSecret', { secretId: 'prod/db-password', ...p });

export default defineDetectionExamples({
  fires: [{ name: 'forced deletion', records: [del({ forceDeleteWithoutRecovery: true })] }],
  quiet: [
    { name: 'deletion with a 30-day window', records: [del({ recoveryWindowInDays: 30 })] },
    { name: 'refused', records: [refused(del({ forceDeleteWithoutRecovery: true }))] },
  ],
});
