import { defineDetection } from '../../kit/detection.js';
import { addedBindings, gcpWho, isPolicyChange, PUBLIC_MEMBERS, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-iam-public-member',
  kind: 'event',
  title: 'IAM policy grants a role to allUsers or allAuthenticatedUsers',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'An IAM policy change on a project, folder, service account, function, dataset or other resource added a binding for allUsers (anyone) or allAuthenticatedUsers (any Google account). Cloud Storage buckets have their own detection.',
  falsePositives: 'Public Cloud Run services or functions meant to be called by anyone. Check the role is only an invoker role on a public endpoint. Logs without a policy delta are judged on the whole new policy, which may repeat an older binding.',
  references: ['https://cloud.google.com/iam/docs/principals-overview#all-users', 'https://cloud.google.com/logging/docs/audit/understanding-audit-logs'],
  match(e) {
    if (!isPolicyChange(e) || e.service === 'storage') return undefined;
    const open = addedBindings(e).filter((b) => PUBLIC_MEMBERS.has(b.member));
    if (open.length === 0) return undefined;
    return `${gcpWho(e)} granted ${open.map((b) => `${b.role} to ${b.member}`).join(', ')} on ${resourceOf(e)}`;
  },
});
