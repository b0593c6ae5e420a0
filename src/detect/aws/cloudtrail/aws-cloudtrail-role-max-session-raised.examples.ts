import { defineDetectionExamples } from '../../kit/examples.js';
import { failed, iam, iamUser } from '../../kit/cloudtrail-records-a.js';

const bob = { userIdentity: iamUser('bob.dev') };
const update = (maxSessionDuration?: number) => iam('UpdateRole', { roleName: 'deploy', ...(maxSessionDuration === undefined ? { description: 'deploy role' } : { maxSessionDuration }) }, bob);

export default defineDetectionExamples({
  fires: [{ name: 'twelve-hour sessions', records: [update(43200)] }],
  quiet: [
    { name: 'one hour (the default)', records: [update(3600)] },
    { name: 'only the description changed', records: [update()] },
    { name: 'refused', records: [failed(update(43200))] },
  ],
});
