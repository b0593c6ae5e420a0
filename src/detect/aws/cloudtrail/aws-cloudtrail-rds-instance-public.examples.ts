import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (p: Record<string, unknown>) => apiCall('rds', 'ModifyDBInstance', { dBInstanceIdentifier: 'orders-prod', applyImmediately: true, ...p });

export default defineDetectionExamples({
  fires: [
    { name: 'made public', records: [modify({ publiclyAccessible: true })] },
    { name: 'restored public', records: [apiCall('rds', 'RestoreDBInstanceFromDBSnapshot', { dBInstanceIdentifier: 'orders-copy', dBSnapshotIdentifier: 'orders-2026-11-27', publiclyAccessible: true })] },
  ],
  quiet: [
    { name: 'made private', records: [modify({ publiclyAccessible: false })] },
    { name: 'resized', records: [modify({ dBInstanceClass: 'db.r6g.xlarge' })] },
    { name: 'refused', records: [refused(modify({ publiclyAccessible: true }))] },
  ],
});
