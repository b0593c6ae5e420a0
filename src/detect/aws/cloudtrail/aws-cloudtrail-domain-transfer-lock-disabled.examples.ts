import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const lock = (eventName: string) => call('route53domains.amazonaws.com', eventName, { domainName: 'example.com' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'lock removed', records: [lock('DisableDomainTransferLock')] }],
  quiet: [
    { name: 'lock set', records: [lock('EnableDomainTransferLock')] },
    { name: 'refused', records: [failed(lock('DisableDomainTransferLock'))] },
  ],
});
