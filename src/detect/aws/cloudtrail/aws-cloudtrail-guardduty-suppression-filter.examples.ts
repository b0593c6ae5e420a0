import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const filter = (action: string) => apiCall('guardduty', 'CreateFilter', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', name: 'quiet-please', action, rank: 1, findingCriteria: { criterion: { severity: { gte: 1 } } } });

export default defineDetectionExamples({
  fires: [{ name: 'archive filter', records: [filter('ARCHIVE')] }],
  quiet: [
    { name: 'a saved view (NOOP)', records: [filter('NOOP')] },
    { name: 'refused', records: [refused(filter('ARCHIVE'))] },
  ],
});
