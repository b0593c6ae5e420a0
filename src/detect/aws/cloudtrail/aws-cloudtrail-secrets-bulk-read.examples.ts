import { defineDetectionExamples } from '../../kit/examples.js';
import { assumedRole, at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const read = (name: string, minute: number, userIdentity?: Record<string, unknown>) => apiCall('secretsmanager', 'GetSecretValue', { secretId: `arn:aws:secretsmanager:us-east-1:222222222222:secret:${name}` }, { eventTime: at(minute), readOnly: true, ...(userIdentity ? { userIdentity } : {}) });
const names = (n: number) => Array.from({ length: n }, (_, i) => `prod/db-${i}`);

export default defineDetectionExamples({
  fires: [
    { name: 'twelve secrets in six minutes', records: names(12).map((s, i) => read(s, i / 2)) },
    { name: 'batch read of ten', records: [apiCall('secretsmanager', 'BatchGetSecretValue', { secretIdList: names(10) }, { readOnly: true })] },
  ],
  quiet: [
    { name: 'one secret read fifty times', records: Array.from({ length: 50 }, (_, i) => read('prod/db-0', i / 10)) },
    { name: 'twelve secrets over two hours', records: names(12).map((s, i) => read(s, i * 10)) },
    { name: 'two roles reading six each', records: [...names(6).map((s, i) => read(s, i / 2, assumedRole('app-a', 'i-1'))), ...names(12).slice(6).map((s, i) => read(s, i / 2, assumedRole('app-b', 'i-2')))] },
    { name: 'refused reads', records: names(12).map((s, i) => refused(read(s, i / 2))) },
  ],
});
