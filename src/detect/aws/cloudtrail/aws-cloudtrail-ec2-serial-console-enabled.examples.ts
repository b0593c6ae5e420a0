import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const enable = () => apiCall('ec2', 'EnableSerialConsoleAccess', { EnableSerialConsoleAccessRequest: '' });

export default defineDetectionExamples({
  fires: [{ name: 'enabled', records: [enable()] }],
  quiet: [
    { name: 'disabled', records: [apiCall('ec2', 'DisableSerialConsoleAccess', { DisableSerialConsoleAccessRequest: '' })] },
    { name: 'refused', records: [refused(enable(), 'Client.UnauthorizedOperation')] },
  ],
});
