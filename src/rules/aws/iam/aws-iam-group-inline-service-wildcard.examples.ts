import { defineExamples } from '../../kit/index.js';
import { inlineExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  inlineExamples(
    'group',
    [
      [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::app-data/*' }],
      [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::app-data/*' }],
    ],
    [
      [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      [{ Effect: 'Allow', Action: ['ec2:Describe*', 'iam:*'], Resource: ['*'] }],
    ],
  ),
);
