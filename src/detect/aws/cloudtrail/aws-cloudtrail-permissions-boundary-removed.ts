import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-permissions-boundary-removed',
  kind: 'event',
  services: ['iam'],
  actions: ['DeleteUserPermissionsBoundary', 'DeleteRolePermissionsBoundary'],
  title: 'Permissions boundary removed from a user or role',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1548', techniqueName: 'Abuse Elevation Control Mechanism' },
  description: 'The permissions boundary of an IAM user or role was deleted. Boundaries cap what delegated administrators and the principals they create can do; removing one lifts the cap.',
  falsePositives: 'Moving a principal to a different boundary (a new one is usually put right after) or retiring the boundary scheme.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['DeleteUserPermissionsBoundary', 'DeleteRolePermissionsBoundary'])) return undefined;
    const target = e.action === 'DeleteUserPermissionsBoundary' ? `user ${paramStr(e, 'userName') ?? '(unnamed)'}` : `role ${paramStr(e, 'roleName') ?? '(unnamed)'}`;
    return `${who(e)} removed the permissions boundary of ${target}`;
  },
});
