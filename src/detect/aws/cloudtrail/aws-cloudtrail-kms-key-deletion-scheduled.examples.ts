import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const keyId = 'arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const schedule = () => apiCall('kms', 'ScheduleKeyDeletion', { keyId, pendingWindowInDays: 7 }, { responseElements: { keyId, deletionDate: 'Dec 4, 2026, 12:00:00 AM', keyState: 'PendingDeletion', pendingWindowInDays: 7 } });

export default defineDetectionExamples({
  fires: [{ name: 'seven-day deletion', records: [schedule()] }],
  quiet: [
    { name: 'deletion cancelled', records: [apiCall('kms', 'CancelKeyDeletion', { keyId })] },
    { name: 'refused', records: [refused(schedule())] },
  ],
});
