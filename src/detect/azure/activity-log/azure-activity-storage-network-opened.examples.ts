import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const write = (networkAcls: Record<string, unknown>, status?: 'Failed') => ({
  operation: 'Microsoft.Storage/storageAccounts/write',
  resourceId: `${RG}/providers/Microsoft.Storage/storageAccounts/paymentsexports`,
  request: { properties: { networkAcls } },
  ...(status ? { status } : {}),
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(write({ defaultAction: 'Allow' })) },
    { name: 'default action Allow (export)', records: [azExport(write({ bypass: 'AzureServices', defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] }))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(write({ defaultAction: 'Allow' }), 'Failed') },
    { name: 'default action Deny', records: [azRest(write({ bypass: 'AzureServices', defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24', action: 'Allow' }] }))] },
    { name: 'opening refused', records: [azRest(write({ defaultAction: 'Allow' }, 'Failed'))] },
  ],
});
