import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const disable = () => apiCall('ec2', 'DisableImageBlockPublicAccess', { DisableImageBlockPublicAccessRequest: '' });

export default defineDetectionExamples({
  fires: [{ name: 'turned off', records: [disable()] }],
  quiet: [
    { name: 'turned on', records: [apiCall('ec2', 'EnableImageBlockPublicAccess', { EnableImageBlockPublicAccessRequest: { ImageBlockPublicAccessState: 'block-new-sharing' } })] },
    { name: 'refused', records: [refused(disable(), 'Client.UnauthorizedOperation')] },
  ],
});
