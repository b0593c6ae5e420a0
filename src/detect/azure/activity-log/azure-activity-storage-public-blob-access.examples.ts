import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azOperation, azRest, RG } from '../../kit/azure-records.js';

const account = `${RG}/providers/Microsoft.Storage/storageAccounts/paymentsexports`;
const accountWrite = (properties: Record<string, unknown>) => ({ operation: 'Microsoft.Storage/storageAccounts/write', resourceId: account, request: { properties } });
const container = (publicAccess: string) => ({ operation: 'Microsoft.Storage/storageAccounts/blobServices/containers/write', resourceId: `${account}/blobServices/default/containers/invoices`, request: { properties: { publicAccess } } });

export default defineDetectionExamples({
  fires: [
    { name: 'Started record with the body, then Succeeded without it', records: azOperation(accountWrite({ allowBlobPublicAccess: true })) },
    { name: 'allowBlobPublicAccess true', records: [azRest(accountWrite({ allowBlobPublicAccess: true }))] },
    { name: 'container made public (export)', records: [azExport(container('Container'))] },
  ],
  quiet: [
    { name: 'Started record with the body, then Failed', records: azOperation(accountWrite({ allowBlobPublicAccess: true }), 'Failed') },
    { name: 'allowBlobPublicAccess false', records: [azRest(accountWrite({ allowBlobPublicAccess: false, minimumTlsVersion: 'TLS1_2' }))] },
    { name: 'private container', records: [azRest(container('None'))] },
  ],
});
