import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry } from '../../kit/gcp-records.js';

const update = (over: Record<string, unknown>, code?: number) => gcpEntry({ service: 'storage.googleapis.com', method: 'storage.buckets.update', resourceName: 'projects/_/buckets/payments-exports', resourceType: 'gcs_bucket', labels: { bucket_name: 'payments-exports', location: 'europe-west1' }, ...over, ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [
    { name: 'disabled in the request', records: [update({ request: { iamConfiguration: { uniformBucketLevelAccess: { enabled: false } } } })] },
    { name: 'bucketPolicyOnly off in the metadata', records: [update({ metadata: { iamConfiguration: { bucketPolicyOnly: { enabled: false } } } })] },
  ],
  quiet: [
    { name: 'enabled', records: [update({ request: { iamConfiguration: { uniformBucketLevelAccess: { enabled: true } } } })] },
    { name: 'labels updated, setting not logged', records: [update({ request: { labels: { team: 'payments' } } })] },
    { name: 'disabling denied', records: [update({ request: { iamConfiguration: { uniformBucketLevelAccess: { enabled: false } } } }, 7)] },
  ],
});
