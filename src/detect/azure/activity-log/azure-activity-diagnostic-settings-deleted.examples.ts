import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, SUBSCRIPTION } from '../../kit/azure-records.js';

const setting = `/subscriptions/${SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/activity-to-sentinel`;

export default defineDetectionExamples({
  fires: [
    { name: 'subscription setting deleted (export, lower-case provider)', records: [azExport({ operation: 'microsoft.insights/diagnosticSettings/delete', resourceId: setting })] },
    { name: 'deleted (REST)', records: [azRest({ operation: 'Microsoft.Insights/diagnosticSettings/delete', resourceId: setting })] },
  ],
  quiet: [
    { name: 'setting updated', records: [azRest({ operation: 'Microsoft.Insights/diagnosticSettings/write', resourceId: setting, request: { properties: { workspaceId: '/subscriptions/x/resourceGroups/y/providers/Microsoft.OperationalInsights/workspaces/z' } } })] },
    { name: 'deletion refused', records: [azRest({ operation: 'Microsoft.Insights/diagnosticSettings/delete', resourceId: setting, status: 'Failed' })] },
  ],
});
