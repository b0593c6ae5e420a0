import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

/** Group names that say "admins"; the event does not carry the group's policies, so the name is what there is. */
const ADMIN_GROUP = /admin|administrator|poweruser|power-user|superuser|root|owner|full-?access|break-?glass/i;

export default defineDetection({
  id: 'aws-cloudtrail-user-added-to-admin-group',
  kind: 'event',
  services: ['iam'],
  actions: ['AddUserToGroup'],
  title: 'IAM user added to an administrators group',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'An IAM user joined a group whose name marks it as privileged (admins, power users, break-glass). AddUserToGroup on such a group is one call to full rights. The group is judged by its name because the event does not carry its policies.',
  falsePositives: 'Planned promotions; and groups named "admin" that are not (or admin groups with other names, which this misses). Check the group\'s attached policies.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['AddUserToGroup'])) return undefined;
    const group = paramStr(e, 'groupName');
    if (!group || !ADMIN_GROUP.test(group)) return undefined;
    return `${who(e)} added IAM user ${paramStr(e, 'userName') ?? '(unnamed)'} to group ${group}`;
  },
});
