import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iam } from '../../kit/cloudtrail-records-a.js';

const regions = { usedRegions: ['us-east-1', 'eu-west-1'] };
const runInstances = (region: string) => call('ec2.amazonaws.com', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890', minCount: 1, maxCount: 20 }] }, instanceType: 'p4d.24xlarge' }, { awsRegion: region });

export default defineDetectionExamples({
  fires: [{ name: 'GPU instances in ap-southeast-3', records: [runInstances('ap-southeast-3')], context: regions }],
  quiet: [
    { name: 'a used region', records: [runInstances('eu-west-1')], context: regions },
    { name: 'read-only sweep of another region', records: [call('ec2.amazonaws.com', 'DescribeInstances', null, { awsRegion: 'sa-east-1', readOnly: true })], context: regions },
    { name: 'a global service', records: [iam('CreateRole', { roleName: 'x', assumeRolePolicyDocument: '{}' }, { awsRegion: 'us-east-1' })], context: { usedRegions: ['eu-west-1'] } },
    { name: 'refused', records: [failed(runInstances('ap-southeast-3'), 'Client.UnauthorizedOperation')], context: regions },
    { name: 'no regions configured', records: [runInstances('ap-southeast-3')] },
  ],
});
