import { defineDetectionExamples } from '../../kit/examples.js';
import { azExport, azRest, RG } from '../../kit/azure-records.js';

const alert = `${RG}/providers/Microsoft.Insights/activityLogAlerts/nsg-changes`;

export default defineDetectionExamples({
  fires: [
    { name: 'alert deleted', records: [azRest({ operation: 'Microsoft.Insights/activityLogAlerts/delete', resourceId: alert })] },
    { name: 'alert deleted (export)', records: [azExport({ operation: 'Microsoft.Insights/activityLogAlerts/delete', resourceId: alert })] },
  ],
  quiet: [
    { name: 'alert edited', records: [azRest({ operation: 'Microsoft.Insights/activityLogAlerts/write', resourceId: alert, request: { properties: { enabled: true } } })] },
    { name: 'metric alert deleted', records: [azRest({ operation: 'Microsoft.Insights/metricAlerts/delete', resourceId: `${RG}/providers/Microsoft.Insights/metricAlerts/cpu-high` })] },
  ],
});
