import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const arn = 'arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com';

export default defineDetectionExamples({
  fires: [
    { name: 'new issuer', records: [iam('CreateOpenIDConnectProvider', { url: 'https://idp.attacker.example', clientIDList: ['sts.amazonaws.com'], thumbprintList: ['0123456789abcdef0123456789abcdef01234567'] }, bob)] },
    { name: 'new audience', records: [iam('AddClientIDToOpenIDConnectProvider', { openIDConnectProviderArn: arn, clientID: 'attacker-app' }, bob)] },
  ],
  quiet: [
    { name: 'a client id removed', records: [iam('RemoveClientIDFromOpenIDConnectProvider', { openIDConnectProviderArn: arn, clientID: 'old-app' }, bob)] },
    { name: 'refused', records: [failed(iam('UpdateOpenIDConnectProviderThumbprint', { openIDConnectProviderArn: arn, thumbprintList: ['0123456789abcdef0123456789abcdef01234567'] }, bob))] },
  ],
});
