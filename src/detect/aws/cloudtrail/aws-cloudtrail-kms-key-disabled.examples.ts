import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

export default defineDetectionExamples({
  fires: [{ name: 'key disabled', records: [apiCall('kms', 'DisableKey', { keyId })] }],
  quiet: [
    { name: 'key enabled', records: [apiCall('kms', 'EnableKey', { keyId })] },
    { name: 'rotation disabled is not the key', records: [apiCall('kms', 'DisableKeyRotation', { keyId })] },
    { name: 'refused', records: [refused(apiCall('kms', 'DisableKey', { keyId }))] },
  ],
});
