import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const sa = `deployer@${PROJECT}.iam.gserviceaccount.com`;
const token = (principal: string, minute: number, code?: number) => gcpEntry({
  service: 'iamcredentials.googleapis.com', method: 'GenerateAccessToken', resourceName: 'projects/-/serviceAccounts/104512938475610293847', log: 'data_access', principal, minute,
  resourceType: 'service_account', labels: { email_id: sa, unique_id: '104512938475610293847' },
  request: { '@type': 'type.googleapis.com/google.iam.credentials.v1.GenerateAccessTokenRequest', name: `projects/-/serviceAccounts/${sa}` },
  ...(code ? { code } : {}),
});
const ci = `ci-runner@${PROJECT}.iam.gserviceaccount.com`;

export default defineDetectionExamples({
  fires: [
    { name: 'a second principal after the usual one, within the run', records: [token(ci, 0), token(ci, 10), token('mallory@example.com', 20)] },
    { name: 'a principal the baseline does not list', records: [token('mallory@example.com', 0)], context: { baseline: { [sa]: { 'gcp-impersonated-by': [ci] } } } },
  ],
  quiet: [
    { name: 'the usual principal, again and again', records: [token(ci, 0), token(ci, 10), token(ci, 20)] },
    { name: 'the first impersonator with no baseline is learned', records: [token('mallory@example.com', 0)] },
    { name: 'the baseline lists the principal', records: [token(ci, 0)], context: { baseline: { [sa]: { 'gcp-impersonated-by': [ci] } } } },
    { name: 'a new principal refused', records: [token(ci, 0), token('mallory@example.com', 5, 7)] },
  ],
});
