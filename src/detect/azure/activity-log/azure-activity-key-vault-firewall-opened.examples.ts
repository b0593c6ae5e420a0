import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const write = (networkAcls: Record<string, unknown> | undefined) => ({
  operation: 'Microsoft.KeyVault/vaults/write',
  resourceId: `${RG}/providers/Microsoft.KeyVault/vaults/kv-payments-prod`,
  request: { location: 'westeurope', properties: { sku: { family: 'A', name: 'standard' }, ...(networkAcls ? { networkAcls } : {}) } },
});

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(write({ defaultAction: 'Allow' })) },
    { name: 'default action Allow', records: [azRest(write({ bypass: 'AzureServices', defaultAction: 'Allow' }))] },
    { name: 'deny by default but 0.0.0.0/0 allowed (export)', records: [azExport(write({ defaultAction: 'Deny', ipRules: [{ value: '0.0.0.0/0' }] }))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(write({ defaultAction: 'Allow' }), 'Failed') },
    { name: 'deny with an office range', records: [azRest(write({ defaultAction: 'Deny', ipRules: [{ value: '203.0.113.0/24' }] }))] },
    { name: 'write without network rules', records: [azRest(write(undefined))] },
  ],
});
