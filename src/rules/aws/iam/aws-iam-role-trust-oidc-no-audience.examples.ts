import { defineExamples } from '../../kit/index.js';
import { trustExamples } from '../../kit/aws-iam-examples.js';

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

export default defineExamples(
  trustExamples(
    [[{
      Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: GH },
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } },
    }]],
    [
      [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: GH }, Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:*' } } }],
      [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: GH }, Condition: { StringLike: { 'token.actions.githubusercontent.com:aud': '*' } } }],
    ],
  ),
);
