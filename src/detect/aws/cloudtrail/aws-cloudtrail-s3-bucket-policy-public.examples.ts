import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const policy = (statement: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Sid: 's1', Resource: 'arn:aws:s3:::payroll-exports/*', ...statement }] });
// CloudTrail logs the document under bucketPolicy and an empty placeholder under policy.
const put = (p: unknown) => apiCall('s3', 'PutBucketPolicy', { bucketName: 'payroll-exports', Host: 'payroll-exports.s3.amazonaws.com', bucketPolicy: p, policy: [''] });

export default defineDetectionExamples({
  fires: [
    { name: 'public read', records: [put(policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }))] },
    { name: 'AWS * as a JSON string', records: [put(JSON.stringify(policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['s3:GetObject', 's3:ListBucket'] })))] },
  ],
  quiet: [
    { name: 'another account only', records: [put(policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject' }))] },
    { name: 'everyone in the organization', records: [put(policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }))] },
    { name: 'deny insecure transport for everyone', records: [put(policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))] },
    { name: 'refused by Block Public Access', records: [refused(put(policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' })))] },
  ],
});
