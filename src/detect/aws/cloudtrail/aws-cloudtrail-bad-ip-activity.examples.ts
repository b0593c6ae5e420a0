import { defineDetectionExamples } from '../../kit/examples.js';
import { call, consoleLogin, iamUser } from '../../kit/cloudtrail-records-a.js';

const list = { badIps: ['185.220.101.0/24', '203.0.113.66'] };

export default defineDetectionExamples({
  fires: [
    { name: 'API call from a Tor exit range', records: [call('s3.amazonaws.com', 'ListBuckets', null, { sourceIPAddress: '185.220.101.44', readOnly: true })], context: list },
    { name: 'console sign-in from a listed address', records: [consoleLogin(iamUser('bob.dev'), { success: true, mfa: true, ip: '203.0.113.66' })], context: list },
  ],
  quiet: [
    { name: 'an unlisted address', records: [call('s3.amazonaws.com', 'ListBuckets', null, { sourceIPAddress: '198.51.100.7', readOnly: true })], context: list },
    { name: 'a service name in sourceIPAddress', records: [call('kms.amazonaws.com', 'Decrypt', null, { sourceIPAddress: 's3.amazonaws.com', readOnly: true })], context: list },
    { name: 'no list given', records: [call('s3.amazonaws.com', 'ListBuckets', null, { sourceIPAddress: '185.220.101.44', readOnly: true })] },
  ],
});
