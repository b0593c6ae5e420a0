import { defineDetectionExamples } from '../../kit/examples.js';
import { call, failed, iamUser } from '../../kit/cloudtrail-records-a.js';

const region = (eventName: string) => call('account.amazonaws.com', eventName, { regionName: 'me-central-1' }, { userIdentity: iamUser('bob.dev') });

export default defineDetectionExamples({
  fires: [{ name: 'region enabled', records: [region('EnableRegion')] }],
  quiet: [
    { name: 'region disabled', records: [region('DisableRegion')] },
    { name: 'refused', records: [failed(region('EnableRegion'))] },
  ],
});
