import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('macie2', 'DisableMacie', null);

export default defineDetectionExamples({
  fires: [{ name: 'DisableMacie by a user', records: [call()] }],
  quiet: [
    { name: 'DisableMacie refused', records: [refused(call())] },
    { name: 'Macie enabled', records: [apiCall('macie2', 'EnableMacie', { status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES' })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
