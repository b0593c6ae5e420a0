import { defineDetection } from '../../kit/detection.js';
import { addedBindings, gcpWho, isPolicyChange, PUBLIC_MEMBERS, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-bucket-public',
  kind: 'event',
  title: 'Cloud Storage bucket made public',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Exfiltration', technique: 'T1567', techniqueName: 'Exfiltration Over Web Service' },
  description: 'A bucket\'s IAM policy (storage.setIamPermissions) gained a binding for allUsers or allAuthenticatedUsers: its objects can be read (or written, depending on the role) by anyone.',
  falsePositives: 'Buckets that host a public website or downloads. Check the bucket holds only public content and the role is objectViewer.',
  references: ['https://cloud.google.com/storage/docs/access-control/making-data-public', 'https://cloud.google.com/storage/docs/audit-logging'],
  match(e) {
    if (!isPolicyChange(e) || e.service !== 'storage') return undefined;
    const open = addedBindings(e).filter((b) => PUBLIC_MEMBERS.has(b.member));
    if (open.length === 0) return undefined;
    return `${gcpWho(e)} made ${resourceOf(e).replace(/^projects\/_\/buckets\//, 'bucket ')} public: ${open.map((b) => `${b.role} to ${b.member}`).join(', ')}`;
  },
});
