import { defineDetection } from '../../kit/detection.js';
import { gcpWho, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-sa-key-created',
  kind: 'event',
  title: 'Service account key created',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: 'A user-managed key was created for a service account: a long-lived credential that works from anywhere until it is deleted, and a favourite way to keep access.',
  falsePositives: 'Legacy integrations that cannot use workload identity federation. Check who created the key and whether the organization policy that disables key creation has an exception here.',
  references: ['https://cloud.google.com/iam/docs/keys-create-delete', 'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys'],
  match(e) {
    if (!okMethod(e, 'google.iam.admin.v1.CreateServiceAccountKey', 'google.iam.admin.v1.UploadServiceAccountKey')) return undefined;
    const sa = reqValue(e, 'name');
    return `${gcpWho(e)} created a key for ${typeof sa === 'string' ? sa.split('/').pop() : resourceOf(e)}`;
  },
});
