import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (op: 'add' | 'remove', item: Record<string, string>) => apiCall('ec2', 'ModifySnapshotAttribute', { snapshotId: 'snap-0a1b2c3d4e5f67890', createVolumePermission: { [op]: { items: [item] } }, attributeType: 'CREATE_VOLUME_PERMISSION' });

export default defineDetectionExamples({
  fires: [{ name: 'shared with all', records: [modify('add', { group: 'all' })] }],
  quiet: [
    { name: 'shared with one account (another detection)', records: [modify('add', { userId: '999988887777' })] },
    { name: 'public sharing removed', records: [modify('remove', { group: 'all' })] },
    { name: 'refused', records: [refused(modify('add', { group: 'all' }), 'Client.UnauthorizedOperation')] },
  ],
});
