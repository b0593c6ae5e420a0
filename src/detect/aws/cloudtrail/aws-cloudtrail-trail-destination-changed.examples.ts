import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const update = (p: Record<string, unknown>, minute = 10) => apiCall('cloudtrail', 'UpdateTrail', { name: 'org-trail', ...p }, { eventTime: at(minute) });
const create = () => apiCall('cloudtrail', 'CreateTrail', { name: 'org-trail', s3BucketName: 'acme-audit-logs', isMultiRegionTrail: true }, { eventTime: at(0) });

export default defineDetectionExamples({
  fires: [
    { name: 'moved away from the known bucket', records: [create(), update({ s3BucketName: 'totally-legit-logs-4411' })] },
    { name: 'a bucket set with no earlier record (low)', records: [update({ s3BucketName: 'totally-legit-logs-4411' })] },
  ],
  quiet: [
    { name: 'the same bucket sent again by a template', records: [create(), update({ s3BucketName: 'acme-audit-logs', includeGlobalServiceEvents: true })] },
    { name: 'only the SNS topic changed', records: [create(), update({ snsTopicName: 'trail-notifications' })] },
    { name: 'UpdateTrail refused', records: [create(), refused(update({ s3BucketName: 'totally-legit-logs-4411' }))] },
  ],
});
