import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (userId: string) => apiCall('ec2', 'ModifyImageAttribute', { imageId: 'ami-0a1b2c3d4e5f67890', launchPermission: { add: { items: [{ userId }] } }, attributeType: 'launchPermission' });

export default defineDetectionExamples({
  fires: [{ name: 'shared outside the organization', records: [modify(OTHER_ACCOUNT)], context: { knownAccounts: [ACCOUNT, '333344445555'] } }],
  quiet: [
    { name: 'shared inside the organization', records: [modify('333344445555')], context: { knownAccounts: [ACCOUNT, '333344445555'] } },
    { name: 'shared with its own account', records: [modify(ACCOUNT)] },
    { name: 'refused', records: [refused(modify(OTHER_ACCOUNT), 'Client.UnauthorizedOperation')] },
  ],
});
