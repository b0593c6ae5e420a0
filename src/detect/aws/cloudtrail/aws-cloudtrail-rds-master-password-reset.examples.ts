import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const modify = (p: Record<string, unknown>) => apiCall('rds', 'ModifyDBInstance', { dBInstanceIdentifier: 'orders-prod', applyImmediately: true, ...p });

export default defineDetectionExamples({
  fires: [
    { name: 'instance password reset', records: [modify({ masterUserPassword: '****' })] },
    { name: 'cluster password reset', records: [apiCall('rds', 'ModifyDBCluster', { dBClusterIdentifier: 'aurora-orders', masterUserPassword: '****', applyImmediately: true })] },
  ],
  quiet: [
    { name: 'switched to Secrets Manager managed password', records: [modify({ manageMasterUserPassword: true })] },
    { name: 'refused', records: [refused(modify({ masterUserPassword: '****' }))] },
  ],
});
