import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const create = (p: Record<string, unknown>) => apiCall('cloudtrail', 'CreateTrail', { name: 'org-trail', s3BucketName: 'acme-audit-logs', ...p }, { eventTime: at(0) });
const update = (p: Record<string, unknown>) => apiCall('cloudtrail', 'UpdateTrail', { name: 'org-trail', ...p }, { eventTime: at(10) });

export default defineDetectionExamples({
  fires: [
    { name: 'multi-region turned off', records: [create({ isMultiRegionTrail: true }), update({ isMultiRegionTrail: false })] },
    { name: 'global service events turned off, earlier settings unknown (low)', records: [update({ includeGlobalServiceEvents: false })] },
  ],
  quiet: [
    { name: 'a single-region trail re-applied by a template', records: [create({ isMultiRegionTrail: false }), update({ isMultiRegionTrail: false, includeGlobalServiceEvents: true })] },
    { name: 'multi-region turned on', records: [update({ isMultiRegionTrail: true, includeGlobalServiceEvents: true })] },
    { name: 'refused', records: [create({ isMultiRegionTrail: true }), refused(update({ isMultiRegionTrail: false }))] },
  ],
});
