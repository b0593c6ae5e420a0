import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const versioning = (config: Record<string, unknown>) => apiCall('s3', 'PutBucketVersioning', { bucketName: 'backups-prod', Host: 'backups-prod.s3.amazonaws.com', versioning: '', VersioningConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', ...config } });

export default defineDetectionExamples({
  fires: [
    { name: 'versioning suspended', records: [versioning({ Status: 'Suspended' })] },
    { name: 'MFA delete disabled', records: [versioning({ Status: 'Enabled', MfaDelete: 'Disabled' })] },
  ],
  quiet: [
    { name: 'versioning enabled', records: [versioning({ Status: 'Enabled' })] },
    { name: 'refused', records: [refused(versioning({ Status: 'Suspended' }))] },
  ],
});
