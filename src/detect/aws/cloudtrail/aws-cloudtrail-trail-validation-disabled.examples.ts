import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const create = (enableLogFileValidation: boolean) => apiCall('cloudtrail', 'CreateTrail', { name: 'org-trail', s3BucketName: 'acme-audit-logs', enableLogFileValidation }, { eventTime: at(0) });
const update = (p: Record<string, unknown>) => apiCall('cloudtrail', 'UpdateTrail', { name: 'org-trail', ...p }, { eventTime: at(10) });

export default defineDetectionExamples({
  fires: [
    { name: 'validation turned off', records: [create(true), update({ enableLogFileValidation: false })] },
    { name: 'off, earlier setting unknown (info)', records: [update({ enableLogFileValidation: false })] },
  ],
  quiet: [
    { name: 'validation on', records: [create(false), update({ enableLogFileValidation: true })] },
    { name: 'never on, re-applied off', records: [create(false), update({ enableLogFileValidation: false })] },
    { name: 'not mentioned', records: [create(true), update({ s3KeyPrefix: 'trail' })] },
    { name: 'refused', records: [create(true), refused(update({ enableLogFileValidation: false }))] },
  ],
});
