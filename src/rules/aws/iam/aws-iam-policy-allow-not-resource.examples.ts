import { defineExamples } from '../../kit/index.js';
import { managedPolicyExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  managedPolicyExamples(
    [
      [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
      [{ Effect: 'Deny', Action: 's3:DeleteBucket', NotResource: 'arn:aws:s3:::scratch' }],
    ],
    [[{ Effect: 'Allow', Action: 's3:*', NotResource: ['arn:aws:s3:::audit-logs', 'arn:aws:s3:::audit-logs/*'] }]],
  ),
);
