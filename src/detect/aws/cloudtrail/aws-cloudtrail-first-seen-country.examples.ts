import { defineDetectionExamples, type ExampleContext } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const principal = 'arn:aws:iam::222222222222:user/maria.ops';
const call = (ip: string) => apiCall('ec2', 'DescribeInstances', null, { sourceIPAddress: ip, readOnly: true });
const ctx: ExampleContext = {
  geo: { '198.51.100.7': { latitude: 52.52, longitude: 13.405, country: 'DE' }, '203.0.113.99': { latitude: -23.55, longitude: -46.63, country: 'BR' } },
  baseline: { [principal]: { country: ['DE'] } },
};

export default defineDetectionExamples({
  fires: [{ name: 'first call from Brazil', records: [call('198.51.100.7'), call('203.0.113.99')], context: ctx }],
  quiet: [
    { name: 'from the usual country', records: [call('198.51.100.7')], context: ctx },
    { name: 'a principal the baseline does not know', records: [call('203.0.113.99')], context: { ...ctx, baseline: { 'arn:aws:iam::222222222222:user/someone-else': { country: ['DE'] } } } },
    { name: 'refused call from Brazil', records: [refused(call('203.0.113.99'))], context: ctx },
    { name: 'no baseline yet', records: [call('203.0.113.99')], context: { geo: ctx.geo! } },
  ],
});
