import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, webIdentityAssume } from '../../kit/cloudtrail-records-a.js';

export default defineDetectionExamples({
  fires: [
    { name: 'Google token', records: [webIdentityAssume('accounts.google.com')] },
    { name: 'Facebook token', records: [webIdentityAssume('graph.facebook.com')] },
  ],
  quiet: [
    { name: 'GitHub Actions OIDC provider of the account', records: [webIdentityAssume('arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com', 'gha-deploy')] },
    { name: 'Cognito identity pool', records: [webIdentityAssume('cognito-identity.amazonaws.com', 'app-users')] },
    { name: 'refused Google token', records: [failed(webIdentityAssume('accounts.google.com'), 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')] },
  ],
});
