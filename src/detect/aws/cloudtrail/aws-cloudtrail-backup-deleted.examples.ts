import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const deletePoint = () => apiCall('backup', 'DeleteRecoveryPoint', { backupVaultName: 'prod-vault', recoveryPointArn: 'arn:aws:ec2:us-east-1::snapshot/snap-0a1b2c3d4e5f67890' });

export default defineDetectionExamples({
  fires: [
    { name: 'recovery point deleted', records: [deletePoint()] },
    { name: 'vault lock removed', records: [apiCall('backup', 'DeleteBackupVaultLockConfiguration', { backupVaultName: 'prod-vault' })] },
  ],
  quiet: [
    { name: 'lifecycle expiry by the service', records: [viaService(deletePoint(), 'backup.amazonaws.com')] },
    { name: 'backup started', records: [apiCall('backup', 'StartBackupJob', { backupVaultName: 'prod-vault', resourceArn: 'arn:aws:ec2:us-east-1:222222222222:volume/vol-1', iamRoleArn: 'arn:aws:iam::222222222222:role/backup' })] },
    { name: 'refused', records: [refused(deletePoint())] },
  ],
});
