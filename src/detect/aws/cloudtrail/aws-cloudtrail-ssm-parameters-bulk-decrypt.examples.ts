import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const get = (name: string, minute: number, withDecryption = true) => apiCall('ssm', 'GetParameter', { name, withDecryption }, { eventTime: at(minute), readOnly: true });
const names = (n: number) => Array.from({ length: n }, (_, i) => `/prod/service-${i}/db-password`);

export default defineDetectionExamples({
  fires: [
    { name: 'ten parameters one by one', records: names(10).map((n, i) => get(n, i / 2)) },
    { name: 'one GetParameters call with twelve names', records: [apiCall('ssm', 'GetParameters', { names: names(12), withDecryption: true }, { readOnly: true })] },
  ],
  quiet: [
    { name: 'without decryption', records: names(12).map((n, i) => get(n, i / 2, false)) },
    { name: 'the same parameter over and over', records: Array.from({ length: 30 }, (_, i) => get('/prod/service-0/db-password', i / 5)) },
    { name: 'refused', records: names(12).map((n, i) => refused(get(n, i / 2))) },
  ],
});
