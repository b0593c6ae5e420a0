import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const share = (action: string, id: Record<string, string>, p: Record<string, unknown>) => apiCall('rds', action, { ...id, attributeName: 'restore', ...p });
const db = { dBSnapshotIdentifier: 'orders-2026-11-27' };

export default defineDetectionExamples({
  fires: [
    { name: 'DB snapshot public', records: [share('ModifyDBSnapshotAttribute', db, { valuesToAdd: ['all'] })] },
    { name: 'cluster snapshot public', records: [share('ModifyDBClusterSnapshotAttribute', { dBClusterSnapshotIdentifier: 'aurora-orders-final' }, { valuesToAdd: ['all'] })] },
  ],
  quiet: [
    { name: 'public access removed', records: [share('ModifyDBSnapshotAttribute', db, { valuesToRemove: ['all'] })] },
    { name: 'shared with one account (another detection)', records: [share('ModifyDBSnapshotAttribute', db, { valuesToAdd: ['999988887777'] })] },
    { name: 'refused', records: [refused(share('ModifyDBSnapshotAttribute', db, { valuesToAdd: ['all'] }))] },
  ],
});
