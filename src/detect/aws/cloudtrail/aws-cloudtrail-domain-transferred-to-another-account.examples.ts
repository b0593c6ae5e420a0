import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT, call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const transfer = call('route53domains.amazonaws.com', 'TransferDomainToAnotherAwsAccount', { domainName: 'example.com', accountId: OTHER_ACCOUNT }, { ...bob, responseElements: { operationId: '0a1b2c3d-0000-1111-2222-333344445555', password: 'HIDDEN_DUE_TO_SECURITY_REASONS' } });

export default defineDetectionExamples({
  fires: [{ name: 'domain offered to another account', records: [transfer] }],
  quiet: [
    { name: 'refused', records: [failed(transfer)] },
    { name: 'an incoming transfer accepted', records: [call('route53domains.amazonaws.com', 'AcceptDomainTransferFromAnotherAwsAccount', { domainName: 'example.org', password: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, bob)] },
  ],
});
