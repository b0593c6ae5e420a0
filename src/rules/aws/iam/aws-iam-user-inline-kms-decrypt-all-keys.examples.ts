import { defineExamples } from '../../kit/index.js';
import { inlineExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  inlineExamples(
    'user',
    [
      [{ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
      [{ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:DescribeKey'], Resource: '*' }],
    ],
    [
      [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }],
      [{ Effect: 'Allow', Action: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'], Resource: 'arn:aws:kms:*:111122223333:key/*' }],
    ],
  ),
);
