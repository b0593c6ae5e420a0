import { defineExamples } from '../../kit/index.js';
import { managedPolicyExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  managedPolicyExamples(
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/deploy' }],
      [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } }],
    ],
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
      [{ Effect: 'Allow', Action: ['iam:*'], Resource: '*' }],
    ],
  ),
);
