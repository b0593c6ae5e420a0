import { defineDetection } from '../../kit/detection.js';
import { gcpWho, listOf, okMethod, reqValue, resourceOf, stringsOf } from '../../kit/gcp-events.js';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

export default defineDetection({
  id: 'gcp-audit-instance-cloud-platform-scope',
  kind: 'event',
  title: 'VM given a service account with the cloud-platform scope',
  severity: 'medium',
  provider: 'gcp',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A VM was created, or had its service account set, with the cloud-platform access scope: anyone who runs code on it gets a token limited only by the service account\'s IAM roles, which for the default compute account is often Editor.',
  falsePositives: 'Workloads that follow Google\'s current advice to use cloud-platform with a narrowly-roled service account. Check the account\'s roles.',
  references: ['https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam', 'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances'],
  match(e) {
    if (!okMethod(e, 'compute.instances.insert', 'compute.instances.setServiceAccount', 'compute.instances.bulkInsert')) return undefined;
    const accounts = e.action.endsWith('setServiceAccount')
      ? [{ email: reqValue(e, 'email'), scopes: reqValue(e, 'scopes') }]
      : listOf(reqValue(e, 'serviceAccounts') ?? reqValue(e, 'instanceProperties', 'serviceAccounts')).map((a) => a as Record<string, unknown>);
    const wide = accounts.filter((a) => stringsOf(a?.['scopes']).includes(CLOUD_PLATFORM));
    if (wide.length === 0) return undefined;
    return `${gcpWho(e)} gave ${resourceOf(e)} service account ${wide.map((a) => String(a['email'] ?? 'default')).join(', ')} with the cloud-platform scope`;
  },
});
