import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, policyDelta } from '../../kit/gcp-records.js';

const bucket = (delta: readonly [string, string, string], code?: number) => gcpEntry({ service: 'storage.googleapis.com', method: 'storage.setIamPermissions', resourceName: 'projects/_/buckets/payments-exports', resourceType: 'gcs_bucket', labels: { bucket_name: 'payments-exports', location: 'europe-west1' }, serviceData: policyDelta(delta), ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [
    { name: 'allUsers object viewer', records: [bucket(['ADD', 'roles/storage.objectViewer', 'allUsers'])] },
    { name: 'allAuthenticatedUsers legacy reader', records: [bucket(['ADD', 'roles/storage.legacyBucketReader', 'allAuthenticatedUsers'])] },
  ],
  quiet: [
    { name: 'public access removed', records: [bucket(['REMOVE', 'roles/storage.objectViewer', 'allUsers'])] },
    { name: 'a group added', records: [bucket(['ADD', 'roles/storage.objectViewer', 'group:finance@example.com'])] },
    { name: 'public grant denied', records: [bucket(['ADD', 'roles/storage.objectViewer', 'allUsers'], 7)] },
  ],
});
