import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = () => apiCall('logs', 'DeleteMetricFilter', { logGroupName: 'aws-cloudtrail-logs-222222222222-org', filterName: 'RootAccountUsage' });

export default defineDetectionExamples({
  fires: [{ name: 'root-usage filter deleted', records: [del()] }],
  quiet: [
    { name: 'filter created', records: [apiCall('logs', 'PutMetricFilter', { logGroupName: 'aws-cloudtrail-logs-222222222222-org', filterName: 'RootAccountUsage', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1' }] })] },
    { name: 'refused', records: [refused(del())] },
  ],
});
