import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const del = (name: string) => ({ operation: 'Microsoft.Authorization/policyAssignments/delete', resourceId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/policyAssignments/${name}` });

export default defineDetectionExamples({
  fires: [
    { name: 'Defender default assignment deleted', records: [azRest(del('SecurityCenterBuiltIn'))] },
    { name: 'CIS benchmark assignment deleted (export)', records: [azExport(del('cis-azure-2.0'))] },
  ],
  quiet: [
    { name: 'tag policy deleted', records: [azRest(del('inherit-cost-center-tag'))] },
    { name: 'security assignment edited', records: [azRest({ ...del('SecurityCenterBuiltIn'), operation: 'Microsoft.Authorization/policyAssignments/write', request: { properties: { enforcementMode: 'Default' } } })] },
  ],
});
