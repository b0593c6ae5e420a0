import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const root = { Sid: 'root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: 'kms:*', Resource: '*' };
const put = (...extra: unknown[]) => apiCall('kms', 'PutKeyPolicy', { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', policyName: 'default', policy: JSON.stringify({ Version: '2012-10-17', Statement: [root, ...extra] }), bypassPolicyLockoutSafetyCheck: false });

export default defineDetectionExamples({
  fires: [{ name: 'decrypt for everyone', records: [put({ Sid: 'open', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' })] }],
  quiet: [
    { name: 'account root only', records: [put()] },
    { name: 'everyone through one service in the account', records: [put({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '222222222222', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } } })] },
    { name: 'refused', records: [refused(put({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }))] },
  ],
});
