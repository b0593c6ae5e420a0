import { defineExamples } from '../../kit/index.js';
import { trustExamples } from '../../kit/aws-iam-examples.js';

export default defineExamples(
  trustExamples(
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }],
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::111122223333:role/platform-admins' } }],
    ],
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }],
      [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: '444455556666' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }],
    ],
  ),
);
