import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('guardduty', 'DeleteDetector', { detectorId: '12abc34d567e8fa901bc2d34e56789f0' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteDetector by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteDetector refused', records: [refused(call())] },
    { name: 'a detector created', records: [apiCall('guardduty', 'CreateDetector', { enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES' })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
