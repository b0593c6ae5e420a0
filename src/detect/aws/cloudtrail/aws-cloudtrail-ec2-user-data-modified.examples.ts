import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (p: Record<string, unknown>) => apiCall('ec2', 'ModifyInstanceAttribute', { instanceId: 'i-0a1b2c3d4e5f67890', ...p });

export default defineDetectionExamples({
  fires: [{ name: 'user data replaced', records: [modify({ userData: '<sensitiveDataRemoved>' })] }],
  quiet: [
    { name: 'instance type changed', records: [modify({ instanceType: { value: 'm6i.large' } })] },
    { name: 'refused', records: [refused(modify({ userData: '<sensitiveDataRemoved>' }), 'Client.UnauthorizedOperation')] },
  ],
});
