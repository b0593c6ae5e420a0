import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const sa = `deployer@${PROJECT}.iam.gserviceaccount.com`;
const call = (method: string, code?: number) =>
  gcpEntry({ service: 'iam.googleapis.com', method: `google.iam.admin.v1.${method}`, resourceName: `projects/${PROJECT}/serviceAccounts/${sa}`, request: { '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest', name: `projects/-/serviceAccounts/${sa}`, private_key_type: 2 }, resourceType: 'service_account', labels: { email_id: sa, unique_id: '104512938475610293847' }, ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [{ name: 'key created', records: [call('CreateServiceAccountKey')] }],
  quiet: [
    { name: 'key creation denied', records: [call('CreateServiceAccountKey', 7)] },
    { name: 'keys listed', records: [call('ListServiceAccountKeys')] },
    { name: 'key deleted', records: [call('DeleteServiceAccountKey')] },
  ],
});
