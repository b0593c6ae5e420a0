import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const share = (valuesToAdd: string[]) => apiCall('rds', 'ModifyDBSnapshotAttribute', { dBSnapshotIdentifier: 'orders-2026-11-27', attributeName: 'restore', valuesToAdd });
const org = { knownAccounts: [ACCOUNT, '333344445555'] };

export default defineDetectionExamples({
  fires: [{ name: 'shared outside the organization', records: [share(['333344445555', OTHER_ACCOUNT])], context: org }],
  quiet: [
    { name: 'shared inside the organization', records: [share(['333344445555'])], context: org },
    { name: 'made public (another detection)', records: [share(['all'])], context: org },
    { name: 'refused', records: [refused(share([OTHER_ACCOUNT]))], context: org },
  ],
});
