import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const SUB = `/subscriptions/${SUBSCRIPTION}`;
const role = (actions: string[], status?: 'Failed') => ({
  operation: 'Microsoft.Authorization/roleDefinitions/write',
  resourceId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/5b5b5b5b-0000-4000-8000-000000000003`,
  request: { Properties: { RoleName: 'ops-helper', Permissions: [{ Actions: actions, NotActions: [] }], AssignableScopes: [SUB] } },
  ...(status ? { status } : {}),
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(role(['*'])) },
    { name: 'actions *', records: [azRest(role(['*']))] },
    { name: 'all of Microsoft.Authorization (export)', records: [azExport(role(['Microsoft.Compute/*/read', 'Microsoft.Authorization/*']))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(role(['*']), 'Failed') },
    { name: 'scoped actions', records: [azRest(role(['Microsoft.Compute/virtualMachines/start/action', 'Microsoft.Compute/*/read']))] },
    { name: 'wildcard role refused', records: [azRest(role(['*'], 'Failed'))] },
  ],
});
