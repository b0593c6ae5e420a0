import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const run = (maxCount: number, instanceType = 'c5.4xlarge') => apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount }] }, instanceType, blockDeviceMapping: {}, monitoring: { enabled: false }, disableApiTermination: false, disableApiStop: false, clientToken: 'x', userData: '<sensitiveDataRemoved>' });

export default defineDetectionExamples({
  fires: [{ name: 'fifty instances', records: [run(50)] }],
  quiet: [
    { name: 'three instances', records: [run(3)] },
    { name: 'Auto Scaling launching for a group', records: [viaService(run(50), 'autoscaling.amazonaws.com')] },
    { name: 'refused by quota', records: [refused(run(50), 'Client.InstanceLimitExceeded')] },
  ],
});
