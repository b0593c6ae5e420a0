import { defineExamples } from '../../kit/index.js';
import { trustExamples } from '../../kit/aws-iam-examples.js';

const IDP = 'arn:aws:iam::111122223333:saml-provider/corp-okta';

export default defineExamples(
  trustExamples(
    [[{ Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: IDP }, Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }]],
    [[{ Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: IDP } }]],
  ),
);
