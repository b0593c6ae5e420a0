import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const run = (awsRegion: string) => apiCall('ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0a1b2c3d4e5f67890', minCount: 1, maxCount: 2 }] }, instanceType: 'c5.large' }, { awsRegion });
const used = { usedRegions: ['us-east-1', 'eu-west-1'] };

export default defineDetectionExamples({
  fires: [{ name: 'launch in ap-southeast-3', records: [run('ap-southeast-3')], context: used }],
  quiet: [
    { name: 'launch in a used region', records: [run('eu-west-1')], context: used },
    { name: 'no used regions configured', records: [run('ap-southeast-3')] },
    { name: 'refused (region not enabled)', records: [refused(run('ap-southeast-3'), 'Client.OptInRequired')], context: used },
  ],
});
