import { defineDetection } from '../../kit/detection.js';
import { addedBindings, gcpWho, isExternalMember, isPolicyChange, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-iam-external-member',
  kind: 'event',
  title: 'IAM policy grants a role to a member outside the organization',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Persistence', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An IAM policy change added a user, group or domain whose domain, or a service account whose project, is not one of the organization\'s known domains and projects (`--accounts`). Without that list nothing can be called external and the detection stays quiet. Google-managed service agents are never external.',
  falsePositives: 'Contractors and partners with accounts in their own domain, or projects of a second organization you own: add their domains and projects to --accounts.',
  references: ['https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains', 'https://cloud.google.com/iam/docs/principals-overview'],
  match(e, ctx) {
    if (!isPolicyChange(e)) return undefined;
    const outside = addedBindings(e).filter((b) => isExternalMember(b.member, ctx, e.account));
    if (outside.length === 0) return undefined;
    return `${gcpWho(e)} granted ${outside.map((b) => `${b.role} to ${b.member}`).join(', ')} on ${resourceOf(e)}`;
  },
});
