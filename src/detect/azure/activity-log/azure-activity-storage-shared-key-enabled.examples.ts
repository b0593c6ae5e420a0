import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const write = (properties: Record<string, unknown>) => ({ operation: 'Microsoft.Storage/storageAccounts/write', resourceId: `${RG}/providers/Microsoft.Storage/storageAccounts/paymentsexports`, request: { properties } });

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(write({ allowSharedKeyAccess: true })) },
    { name: 'shared key re-enabled', records: [azRest(write({ allowSharedKeyAccess: true }))] },
    { name: 'shared key enabled as a string (export)', records: [azExport(write({ allowSharedKeyAccess: 'true' }))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(write({ allowSharedKeyAccess: true }), 'Failed') },
    { name: 'shared key disabled', records: [azRest(write({ allowSharedKeyAccess: false }))] },
    { name: 'unrelated account change', records: [azRest(write({ minimumTlsVersion: 'TLS1_2' }))] },
  ],
});
