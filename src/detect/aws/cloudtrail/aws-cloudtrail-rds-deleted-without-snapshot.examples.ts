import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = (p: Record<string, unknown>) => apiCall('rds', 'DeleteDBInstance', { dBInstanceIdentifier: 'orders-prod', ...p });

export default defineDetectionExamples({
  fires: [{ name: 'no snapshot, no backups', records: [del({ skipFinalSnapshot: true, deleteAutomatedBackups: true })] }],
  quiet: [
    { name: 'with a final snapshot', records: [del({ skipFinalSnapshot: false, finalDBSnapshotIdentifier: 'orders-prod-final' })] },
    { name: 'refused by deletion protection', records: [refused(del({ skipFinalSnapshot: true }), 'InvalidParameterCombination')] },
  ],
});
