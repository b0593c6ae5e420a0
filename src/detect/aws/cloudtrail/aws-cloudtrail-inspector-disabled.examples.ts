import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const disable = () => apiCall('inspector2', 'Disable', { accountIds: ['222222222222'], resourceTypes: ['EC2', 'ECR'] });

export default defineDetectionExamples({
  fires: [{ name: 'EC2 and ECR scanning off', records: [disable()] }],
  quiet: [
    { name: 'scanning enabled', records: [apiCall('inspector2', 'Enable', { accountIds: ['222222222222'], resourceTypes: ['EC2', 'ECR', 'LAMBDA'] })] },
    { name: 'refused', records: [refused(disable())] },
  ],
});
