import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const update = (p: Record<string, unknown>) => apiCall('guardduty', 'UpdateDetector', { detectorId: '12abc34d567e8fa901bc2d34e56789f0', ...p });

export default defineDetectionExamples({
  fires: [{ name: 'detector suspended', records: [update({ enable: false })] }],
  quiet: [
    { name: 'publishing frequency changed', records: [update({ findingPublishingFrequency: 'SIX_HOURS' })] },
    { name: 'detector enabled', records: [update({ enable: true })] },
    { name: 'refused', records: [refused(update({ enable: false }))] },
  ],
});
