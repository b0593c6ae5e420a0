import { defineExamples } from '../../kit/index.js';
import { managedPolicyExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  managedPolicyExamples(
    [
      [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }],
      [{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }],
    ],
    [
      [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }],
      [{ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::reports' }],
    ],
  ),
);
