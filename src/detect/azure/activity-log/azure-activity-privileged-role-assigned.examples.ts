import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const SUB = `/subscriptions/${SUBSCRIPTION}`;
const OWNER = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`;
const READER = `${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`;
const op = 'Microsoft.Authorization/roleAssignments/write';
const resourceId = `${SUB}/providers/Microsoft.Authorization/roleAssignments/9a1b2c3d-0000-4000-8000-000000000001`;
const request = (role: string) => ({ Id: '9a1b2c3d-0000-4000-8000-000000000001', Properties: { PrincipalId: '4d3c2b1a-0000-4000-8000-00000000beef', PrincipalType: 'User', RoleDefinitionId: role, Scope: SUB } });
const response = (role: string) => ({ properties: { roleDefinitionId: role, principalId: '4d3c2b1a-0000-4000-8000-00000000beef', principalType: 'ServicePrincipal', scope: SUB }, type: 'Microsoft.Authorization/roleAssignments' });

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation({ operation: op, resourceId, request: request(OWNER) }) },
    { name: 'Owner at subscription scope (diagnostic export, request body)', records: [azExport({ operation: op, resourceId, request: request(OWNER) })] },
    { name: 'User Access Administrator (REST, response body)', records: [azRest({ operation: op, resourceId, response: response(OWNER.replace('8e3af657-a8ff-443c-a75c-2fe8c4bcb635', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9')) })] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation({ operation: op, resourceId, request: request(OWNER) }, 'Failed') },
    { name: 'Reader assigned', records: [azRest({ operation: op, resourceId, response: response(READER) })] },
    { name: 'Owner assignment refused', records: [azRest({ operation: op, resourceId, status: 'Failed', request: request(OWNER) })] },
    { name: 'only the Started record of an Owner assignment', records: [azExport({ operation: op, resourceId, status: 'Started', request: request(OWNER) })] },
  ],
});
