import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, RG } from '../../kit/azure-records.js';

const vault = `${RG}/providers/Microsoft.KeyVault/vaults/kv-payments-prod`;

export default defineDetectionExamples({
  fires: [
    { name: 'vault deleted (export)', records: [azExport({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: vault, status: 'Started' }), azExport({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: vault, minute: 1 })] },
  ],
  quiet: [
    { name: 'vault updated', records: [azRest({ operation: 'Microsoft.KeyVault/vaults/write', resourceId: vault, request: { properties: { enableSoftDelete: true } } })] },
    { name: 'deletion refused', records: [azRest({ operation: 'Microsoft.KeyVault/vaults/delete', resourceId: vault, status: 'Failed' })] },
  ],
});
