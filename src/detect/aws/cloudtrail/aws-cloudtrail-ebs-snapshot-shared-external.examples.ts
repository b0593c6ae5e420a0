import { defineDetectionExamples } from '../../kit/examples.js';
import { ACCOUNT, OTHER_ACCOUNT } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (op: 'add' | 'remove', item: Record<string, string>) => apiCall('ec2', 'ModifySnapshotAttribute', { snapshotId: 'snap-0a1b2c3d4e5f67890', createVolumePermission: { [op]: { items: [item] } }, attributeType: 'CREATE_VOLUME_PERMISSION' });

export default defineDetectionExamples({
  fires: [
    { name: 'shared with an account outside the list', records: [modify('add', { userId: OTHER_ACCOUNT })], context: { knownAccounts: [ACCOUNT, '333344445555'] } },
    { name: 'shared with another account, no list given', records: [modify('add', { userId: OTHER_ACCOUNT })] },
  ],
  quiet: [
    { name: 'shared with an organization account', records: [modify('add', { userId: '333344445555' })], context: { knownAccounts: [ACCOUNT, '333344445555'] } },
    { name: 'sharing removed', records: [modify('remove', { userId: OTHER_ACCOUNT })] },
    { name: 'refused', records: [refused(modify('add', { userId: OTHER_ACCOUNT }), 'Client.UnauthorizedOperation')] },
  ],
});
