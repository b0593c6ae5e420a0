import { defineExamples } from '../../kit/index.js';
import { managedPolicyExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  managedPolicyExamples(
    [
      [{ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }],
      [{ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }],
    ],
    [
      [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }],
      [{ Effect: 'Allow', Action: ['kms:ReEncrypt*'], Resource: 'arn:aws:kms:*:111122223333:key/*' }],
      [{ Effect: 'Allow', Action: 'kms:*', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }],
    ],
  ),
);
