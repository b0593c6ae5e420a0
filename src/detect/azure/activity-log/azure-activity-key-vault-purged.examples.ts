import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const purge = { operation: 'Microsoft.KeyVault/locations/deletedVaults/purge/action', resourceId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.KeyVault/locations/westeurope/deletedVaults/kv-payments-prod` };

export default defineDetectionExamples({
  fires: [
    { name: 'purge (REST)', records: [azRest(purge)] },
    { name: 'purge (export)', records: [azExport(purge)] },
  ],
  quiet: [
    { name: 'purge blocked by purge protection', records: [azRest({ ...purge, status: 'Failed', subStatus: 'Conflict' })] },
    { name: 'purge accepted, not yet done', records: [azRest({ ...purge, status: 'Accepted' })] },
    { name: 'deleted vault listed', records: [azRest({ operation: 'Microsoft.KeyVault/deletedVaults/read', resourceId: purge.resourceId })] },
  ],
});
