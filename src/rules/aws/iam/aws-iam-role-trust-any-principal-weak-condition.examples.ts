import { defineExamples } from '../../kit/index.js';
import { trustExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  trustExamples(
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }],
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Condition: { StringEquals: { 'sts:ExternalId': 'vendor-7' } } }],
    ],
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '*' }, Condition: { StringEquals: { 'sts:ExternalId': 'vendor-7' } } }],
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
    ],
  ),
);
