import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev'), readOnly: true };
const code = call('route53domains.amazonaws.com', 'RetrieveDomainAuthCode', { domainName: 'example.com' }, { ...bob, responseElements: { authCode: 'HIDDEN_DUE_TO_SECURITY_REASONS' } });

export default defineDetectionExamples({
  fires: [{ name: 'code read', records: [code] }],
  quiet: [
    { name: 'domain detail read', records: [call('route53domains.amazonaws.com', 'GetDomainDetail', { domainName: 'example.com' }, bob)] },
    { name: 'refused', records: [failed(code)] },
  ],
});
