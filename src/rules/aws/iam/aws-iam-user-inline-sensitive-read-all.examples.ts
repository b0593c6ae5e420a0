import { defineExamples } from '../../kit/index.js';
import { inlineExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  inlineExamples(
    'user',
    [
      [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:eu-west-1:111122223333:key/1b3a4f5e-0000-4000-8000-000000000001' }],
      [{ Effect: 'Allow', Action: 'secretsmanager:DescribeSecret', Resource: '*' }],
    ],
    [
      [{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }],
      [{ Effect: 'Allow', Action: 'secretsmanager:Get*', Resource: '*' }],
    ],
  ),
);
