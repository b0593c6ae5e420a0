import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const bastion = assumedRole('payments-bastion', 'i-0a1b2c3d4e5f67890');
const createFunction = (role: string, userIdentity: Record<string, unknown> = bastion) => apiCall('lambda', 'CreateFunction20150331', { functionName: 'sys-maint', runtime: 'python3.12', role: `arn:aws:iam::222222222222:role/${role}`, handler: 'index.handler' }, { userIdentity, sourceIPAddress: '45.33.32.156' });

export default defineDetectionExamples({
  fires: [
    { name: 'instance credentials create a function with an admin role', records: [createFunction('payments-automation')] },
    { name: 'instance credentials launch an instance with another profile', records: [apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount: 1 }] }, instanceType: 't3.micro', iamInstanceProfile: { name: 'ops-admin' } }, { userIdentity: bastion })] },
  ],
  quiet: [
    { name: 'a CI role (not an instance) deploys a function', records: [createFunction('payments-automation', assumedRole('github-deploy', 'run-4411'))] },
    { name: 'an instance launches a copy of itself with its own profile', records: [apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount: 1 }] }, instanceType: 't3.micro', iamInstanceProfile: { name: 'payments-bastion' } }, { userIdentity: bastion })] },
    { name: 'refused', records: [refused(createFunction('payments-automation'))] },
  ],
});
