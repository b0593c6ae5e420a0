import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const update = call('route53domains.amazonaws.com', 'UpdateDomainContact', { domainName: 'example.com', adminContact: 'HIDDEN_DUE_TO_SECURITY_REASONS', registrantContact: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, bob);

export default defineDetectionExamples({
  fires: [{ name: 'contacts changed', records: [update] }],
  quiet: [
    { name: 'contact privacy changed', records: [call('route53domains.amazonaws.com', 'UpdateDomainContactPrivacy', { domainName: 'example.com', adminPrivacy: true }, bob)] },
    { name: 'refused', records: [failed(update)] },
  ],
});
