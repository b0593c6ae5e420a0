import { defineDetection } from '../../kit/detection.js';
import { azWho, bodyValue, digI, listOf } from '../../kit/azure-events.js';
import { completedOperations } from '../../kit/azure-operations.js';

/** Actions that amount to everything, or to granting everything. */
const WIDE = new Set(['*', '*/write', '*/action', 'microsoft.authorization/*', 'microsoft.authorization/*/write', 'microsoft.authorization/roleassignments/*']);

export default defineDetection({
  id: 'azure-activity-custom-role-wildcard',
  kind: 'stateful',
  title: 'Custom role created or changed with wildcard actions',
  severity: 'high',
  provider: 'azure',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A custom role definition was written whose permissions allow `*`, every write or action, or all of Microsoft.Authorization: an Owner equivalent under a name that built-in role reviews miss.',
  falsePositives: 'A break-glass role defined on purpose. Such roles belong in code review, not in ad hoc changes.',
  references: ['https://learn.microsoft.com/azure/role-based-access-control/custom-roles', 'https://learn.microsoft.com/azure/role-based-access-control/role-definitions'],
  create: completedOperations(['Microsoft.Authorization/roleDefinitions/write'], (e, bodies) => {
    const wide = listOf(bodyValue(bodies, 'properties', 'permissions'))
      .flatMap((p) => listOf(digI(p, ['actions'])))
      .filter((a): a is string => typeof a === 'string' && WIDE.has(a.toLowerCase()));
    if (wide.length === 0) return undefined;
    const name = bodyValue(bodies, 'properties', 'roleName');
    return `${azWho(e)} wrote custom role ${typeof name === 'string' ? name : '(unnamed)'} allowing ${[...new Set(wide)].join(', ')}`;
  }),
});
