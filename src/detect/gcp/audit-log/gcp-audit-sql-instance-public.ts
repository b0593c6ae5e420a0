import { defineDetection } from '../../kit/detection.js';
import { anyInternet, gcpWho, listOf, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-sql-instance-public',
  kind: 'event',
  title: 'Cloud SQL instance opened to the internet',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Initial Access', technique: 'T1190', techniqueName: 'Exploit Public-Facing Application' },
  description: 'A Cloud SQL instance was created or changed with 0.0.0.0/0 among its authorized networks: its public IP accepts database logins from anywhere.',
  falsePositives: 'A short test with a throwaway instance. Production instances should use private IP or the Cloud SQL Auth Proxy.',
  references: ['https://cloud.google.com/sql/docs/mysql/authorize-networks', 'https://cloud.google.com/sql/docs/mysql/audit-logging'],
  match(e) {
    if (!okMethod(e, 'cloudsql.instances.create', 'cloudsql.instances.update', 'cloudsql.instances.patch')) return undefined;
    // The request body sits under `body` in the v1beta4 request messages; some entries log the instance itself.
    const settings = reqValue(e, 'body', 'settings') ?? reqValue(e, 'settings');
    const networks = listOf((settings as { ipConfiguration?: { authorizedNetworks?: unknown } } | undefined)?.ipConfiguration?.authorizedNetworks);
    const values = networks.map((n) => (n as { value?: unknown } | null)?.value).filter((v): v is string => typeof v === 'string');
    if (!anyInternet(values)) return undefined;
    return `${gcpWho(e)} authorized 0.0.0.0/0 on Cloud SQL instance ${String(reqValue(e, 'instance') ?? resourceOf(e))}`;
  },
});
