import { defineDetection } from '../../kit/detection.js';
import { azWho, PRIVILEGED_ROLES, roleAssignmentOf } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-privileged-role-assigned',
  kind: 'stateful',
  title: 'Owner, Contributor or User Access Administrator role assigned',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A role assignment granting one of the built-in roles that control a subscription (Owner, Contributor, User Access Administrator, RBAC Administrator) completed. Roles are recognised by their built-in role definition GUIDs; an assignment whose body the log does not carry cannot be judged and stays quiet.',
  falsePositives: 'Onboarding an administrator or a deployment pipeline through a reviewed change. Check the assignee, the scope and whether a ticket covers it.',
  references: ['https://learn.microsoft.com/azure/role-based-access-control/built-in-roles', 'https://learn.microsoft.com/azure/role-based-access-control/change-history-report'],
  create: completedOperations(['Microsoft.Authorization/roleAssignments/write'], (e, bodies) => {
    const a = roleAssignmentOf(e, bodies);
    const role = a.roleGuid ? PRIVILEGED_ROLES[a.roleGuid] : undefined;
    if (!role) return undefined;
    return `${azWho(e)} assigned ${role} to ${a.principalType ?? 'principal'} ${a.principalId ?? '(unknown)'} at ${a.scope}`;
  }),
});
