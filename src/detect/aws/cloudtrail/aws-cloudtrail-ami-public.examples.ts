import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (op: 'add' | 'remove', item: Record<string, string>) => apiCall('ec2', 'ModifyImageAttribute', { imageId: 'ami-0a1b2c3d4e5f67890', launchPermission: { [op]: { items: [item] } }, attributeType: 'launchPermission' });

export default defineDetectionExamples({
  fires: [{ name: 'launch permission for all', records: [modify('add', { group: 'all' })] }],
  quiet: [
    { name: 'public launch permission removed', records: [modify('remove', { group: 'all' })] },
    { name: 'description changed', records: [apiCall('ec2', 'ModifyImageAttribute', { imageId: 'ami-0a1b2c3d4e5f67890', description: { value: 'golden image 2026-11' } })] },
    { name: 'refused', records: [refused(modify('add', { group: 'all' }), 'Client.UnauthorizedOperation')] },
  ],
});
