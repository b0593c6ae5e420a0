import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const alarms = (action: string, alarmNames: string[]) => apiCall('monitoring', action, { alarmNames });

export default defineDetectionExamples({
  fires: [
    { name: 'CIS alarms deleted', records: [alarms('DeleteAlarms', ['cis-root-account-usage', 'cis-iam-policy-changes'])] },
    { name: 'alarm actions muted', records: [alarms('DisableAlarmActions', ['UnauthorizedAPICalls'])] },
  ],
  quiet: [
    { name: 'application alarms deleted', records: [alarms('DeleteAlarms', ['checkout-latency-p99', 'orders-5xx'])] },
    { name: 'refused', records: [refused(alarms('DeleteAlarms', ['cis-root-account-usage']))] },
  ],
});
