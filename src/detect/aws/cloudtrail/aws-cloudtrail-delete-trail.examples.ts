import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = () => apiCall('cloudtrail', 'DeleteTrail', { name: 'org-trail' });

export default defineDetectionExamples({
  fires: [{ name: 'trail deleted', records: [del()] }],
  quiet: [
    { name: 'DeleteTrail refused', records: [refused(del(), 'TrailNotFoundException')] },
    { name: 'a trail created', records: [apiCall('cloudtrail', 'CreateTrail', { name: 'org-trail', s3BucketName: 'audit-logs' })] },
  ],
});
