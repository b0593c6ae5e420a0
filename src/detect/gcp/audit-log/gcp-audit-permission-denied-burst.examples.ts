import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const probes = [
  ['storage.googleapis.com', 'storage.buckets.list'], ['compute.googleapis.com', 'v1.compute.instances.list'], ['iam.googleapis.com', 'google.iam.admin.v1.ListServiceAccounts'],
  ['secretmanager.googleapis.com', 'google.cloud.secretmanager.v1.SecretManagerService.ListSecrets'], ['cloudkms.googleapis.com', 'google.cloud.kms.v1.KeyManagementService.ListKeyRings'],
] as const;
const denied = (i: number, principal = `scanner@${PROJECT}.iam.gserviceaccount.com`, code = 7) => {
  const [service, method] = probes[i % probes.length]!;
  return gcpEntry({ service, method, resourceName: `projects/${PROJECT}`, principal, minute: i * 0.5, code, log: 'data_access' });
};

export default defineDetectionExamples({
  fires: [{ name: 'ten denials in five minutes', records: Array.from({ length: 10 }, (_, i) => denied(i)) }],
  quiet: [
    { name: 'nine denials', records: Array.from({ length: 9 }, (_, i) => denied(i)) },
    { name: 'ten denials by ten principals', records: Array.from({ length: 10 }, (_, i) => denied(i, `user${i}@example.com`)) },
    { name: 'ten not-found errors', records: Array.from({ length: 10 }, (_, i) => denied(i, undefined, 5)) },
  ],
});
