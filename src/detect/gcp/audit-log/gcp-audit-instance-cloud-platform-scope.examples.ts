import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT, PROJECT_NUMBER } from '../../kit/gcp-records.js';

const vm = `projects/${PROJECT}/zones/europe-west1-b/instances/batch-7`;
const insert = (scopes: string[], code?: number) => gcpEntry({
  service: 'compute.googleapis.com', method: 'v1.compute.instances.insert', resourceName: vm, resourceType: 'gce_instance', labels: { zone: 'europe-west1-b', instance_id: '4412093377120' },
  request: { '@type': 'type.googleapis.com/compute.instances.insert', name: 'batch-7', machineType: 'e2-medium', serviceAccounts: [{ email: `${PROJECT_NUMBER}-compute@developer.gserviceaccount.com`, scopes }] },
  ...(code ? { code } : {}),
});

export default defineDetectionExamples({
  fires: [
    { name: 'default account with cloud-platform', records: [insert(['https://www.googleapis.com/auth/cloud-platform'])] },
    {
      name: 'service account set on a stopped VM',
      records: [gcpEntry({ service: 'compute.googleapis.com', method: 'v1.compute.instances.setServiceAccount', resourceName: vm, resourceType: 'gce_instance', request: { '@type': 'type.googleapis.com/compute.instances.setServiceAccount', email: `builder@${PROJECT}.iam.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] } })],
    },
  ],
  quiet: [
    { name: 'default scopes', records: [insert(['https://www.googleapis.com/auth/devstorage.read_only', 'https://www.googleapis.com/auth/logging.write'])] },
    { name: 'insert denied', records: [insert(['https://www.googleapis.com/auth/cloud-platform'], 7)] },
  ],
});
