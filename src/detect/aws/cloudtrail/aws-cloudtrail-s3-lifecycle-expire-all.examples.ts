import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const lifecycle = (rule: unknown) => apiCall('s3', 'PutBucketLifecycle', { bucketName: 'backups-prod', Host: 'backups-prod.s3.amazonaws.com', lifecycle: '', LifecycleConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', Rule: rule } });

export default defineDetectionExamples({
  fires: [
    { name: 'everything expires after one day', records: [lifecycle({ ID: 'cleanup', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 1 }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } })] },
    { name: 'old versions purged, rules as a list', records: [lifecycle([{ ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 30 } }, { ID: 'x', Status: 'Enabled', Filter: {}, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }])] },
  ],
  quiet: [
    { name: 'one prefix after one day', records: [lifecycle({ ID: 'tmp', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 1 } })] },
    { name: 'whole bucket after a year', records: [lifecycle({ ID: 'retention', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 365 } })] },
    { name: 'rule disabled', records: [lifecycle({ ID: 'cleanup', Status: 'Disabled', Filter: { Prefix: '' }, Expiration: { Days: 1 } })] },
    { name: 'refused', records: [refused(lifecycle({ ID: 'cleanup', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 1 } }))] },
  ],
});
