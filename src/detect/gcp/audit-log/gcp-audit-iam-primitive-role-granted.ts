import { defineDetection } from '../../kit/detection.js';
import { addedBindings, gcpWho, isPolicyChange, resourceOf } from '../../kit/gcp-events.js';

const BASIC = new Set(['roles/owner', 'roles/editor']);

export default defineDetection({
  id: 'gcp-audit-iam-primitive-role-granted',
  kind: 'event',
  title: 'Owner or Editor role granted',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An IAM policy change added a binding of the basic Owner or Editor role: thousands of permissions at once, Owner including the right to change IAM itself.',
  falsePositives: 'Bootstrapping a new project. Predefined roles should replace basic ones; a grant in an established project deserves a look.',
  references: ['https://cloud.google.com/iam/docs/understanding-roles#basic'],
  match(e) {
    if (!isPolicyChange(e)) return undefined;
    const grants = addedBindings(e).filter((b) => BASIC.has(b.role));
    if (grants.length === 0) return undefined;
    return `${gcpWho(e)} granted ${grants.map((b) => `${b.role} to ${b.member}`).join(', ')} on ${resourceOf(e)}`;
  },
});
