import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const run = (instanceType: string) => apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount: 4 }] }, instanceType, userData: '<sensitiveDataRemoved>' });

export default defineDetectionExamples({
  fires: [{ name: 'p4d instances', records: [run('p4d.24xlarge')] }],
  quiet: [
    { name: 'general-purpose instances', records: [run('m6i.xlarge')] },
    { name: 'refused for capacity', records: [refused(run('p4d.24xlarge'), 'Server.InsufficientInstanceCapacity')] },
  ],
});
