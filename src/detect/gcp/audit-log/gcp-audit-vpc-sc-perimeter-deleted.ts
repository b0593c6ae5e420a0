import { defineDetection } from '../../kit/detection.js';
import { gcpWho, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-vpc-sc-perimeter-deleted',
  kind: 'event',
  title: 'VPC Service Controls perimeter or access policy deleted',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'A VPC Service Controls service perimeter, or the whole access policy holding perimeters, was deleted: the data-exfiltration boundary around the protected projects\' APIs is gone.',
  falsePositives: 'Re-creating a perimeter under a new name during a migration. Check the projects are inside a perimeter again.',
  references: ['https://cloud.google.com/vpc-service-controls/docs/overview', 'https://cloud.google.com/vpc-service-controls/docs/audit-logging'],
  match(e) {
    if (!okMethod(e, 'google.identity.accesscontextmanager.v1.AccessContextManager.DeleteServicePerimeter', 'google.identity.accesscontextmanager.v1.AccessContextManager.DeleteAccessPolicy')) return undefined;
    const what = e.action.endsWith('DeleteAccessPolicy') ? 'access policy' : 'service perimeter';
    return `${gcpWho(e)} deleted ${what} ${String(reqValue(e, 'name') ?? resourceOf(e))}`;
  },
});
