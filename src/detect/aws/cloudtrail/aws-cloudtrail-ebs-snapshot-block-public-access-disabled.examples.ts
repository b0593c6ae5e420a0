import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const disable = () => apiCall('ec2', 'DisableSnapshotBlockPublicAccess', { DisableSnapshotBlockPublicAccessRequest: '' });

export default defineDetectionExamples({
  fires: [{ name: 'turned off', records: [disable()] }],
  quiet: [
    { name: 'turned on', records: [apiCall('ec2', 'EnableSnapshotBlockPublicAccess', { EnableSnapshotBlockPublicAccessRequest: { State: 'block-all-sharing' } })] },
    { name: 'refused', records: [refused(disable(), 'Client.UnauthorizedOperation')] },
  ],
});
