import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, RG } from '../../kit/azure-records.js';

const lock = `${RG}/providers/Microsoft.Authorization/locks/do-not-delete`;

export default defineDetectionExamples({
  fires: [
    { name: 'lock deleted', records: [azRest({ operation: 'Microsoft.Authorization/locks/delete', resourceId: lock })] },
    { name: 'lock deleted (export)', records: [azExport({ operation: 'Microsoft.Authorization/locks/delete', resourceId: lock })] },
  ],
  quiet: [
    { name: 'lock created', records: [azRest({ operation: 'Microsoft.Authorization/locks/write', resourceId: lock, request: { properties: { level: 'CanNotDelete' } } })] },
    { name: 'deletion refused', records: [azRest({ operation: 'Microsoft.Authorization/locks/delete', resourceId: lock, status: 'Failed' })] },
  ],
});
