import { defineDetection } from '../../kit/detection.js';
import { azWho, PRIVILEGED_ROLES, roleAssignmentOf, scopeKind } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

export default defineDetection({
  id: 'azure-activity-role-assigned-foreign-principal',
  kind: 'stateful',
  title: 'Subscription or management-group role granted to a principal of another tenant',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Persistence', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A role assignment at subscription or management-group scope names a principal from outside the directory: a foreign group (principal type ForeignGroup) or a managed identity delegated from another tenant (Azure Lighthouse). Guest users of your own directory are plain Users in the Activity Log; telling them apart needs the Entra ID audit log.',
  falsePositives: 'A managed service provider onboarded through Azure Lighthouse by contract. Confirm the tenant is the provider you signed with.',
  references: ['https://learn.microsoft.com/azure/lighthouse/concepts/cross-tenant-management-experience', 'https://learn.microsoft.com/rest/api/authorization/role-assignments/create'],
  create: completedOperations(['Microsoft.Authorization/roleAssignments/write'], (e, bodies) => {
    const a = roleAssignmentOf(e, bodies);
    const kind = scopeKind(a.scope);
    if (kind !== 'subscription' && kind !== 'managementGroup' && kind !== 'root') return undefined;
    const foreign = a.principalType?.toLowerCase() === 'foreigngroup' ? 'foreign group' : a.delegatedManagedIdentity ? `managed identity delegated from ${a.delegatedManagedIdentity}` : undefined;
    if (!foreign) return undefined;
    const role = (a.roleGuid && PRIVILEGED_ROLES[a.roleGuid]) ?? a.roleGuid ?? 'a role';
    return `${azWho(e)} granted ${role} at ${a.scope} to ${foreign} ${a.principalId ?? '(unknown)'}`;
  }),
});
