import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG, SUBSCRIPTION } from '../../kit/azure-records.js';

const SUB = `/subscriptions/${SUBSCRIPTION}`;
const CONTRIBUTOR = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`;
const op = 'Microsoft.Authorization/roleAssignments/write';
const assignment = (scope: string, principalType: string, extra: Record<string, unknown> = {}) => ({
  operation: op,
  resourceId: `${scope}/providers/Microsoft.Authorization/roleAssignments/7f000000-0000-4000-8000-000000000002`,
  response: { properties: { roleDefinitionId: CONTRIBUTOR, principalId: '1e2d3c4b-0000-4000-8000-00000000f00d', principalType, scope, ...extra } },
});
const MG = '/providers/Microsoft.Management/managementGroups/contoso-root';
const started = { operation: op, resourceId: `${SUB}/providers/Microsoft.Authorization/roleAssignments/7f000000-0000-4000-8000-000000000009`, request: { Properties: { RoleDefinitionId: CONTRIBUTOR, PrincipalId: 'f', PrincipalType: 'ForeignGroup', Scope: SUB } } };

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(started) },
    { name: 'foreign group at subscription scope', records: [azRest(assignment(SUB, 'ForeignGroup'))] },
    { name: 'delegated managed identity at management-group scope', records: [azExport(assignment(MG, 'ServicePrincipal', { delegatedManagedIdentityResourceId: '/subscriptions/0000/resourceGroups/msp/providers/Microsoft.ManagedIdentity/userAssignedIdentities/msp-ops' }))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(started, 'Failed') },
    { name: 'a user of the directory at subscription scope', records: [azRest(assignment(SUB, 'User'))] },
    { name: 'foreign group on one resource group', records: [azRest(assignment(RG, 'ForeignGroup'))] },
  ],
});
