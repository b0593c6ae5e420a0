import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const session = (n: number, minute: number) => apiCall('ssm', 'StartSession', { target: `i-0${n.toString(16).padStart(16, '0')}` }, { eventTime: at(minute), responseElements: { sessionId: `maria.ops-${n}${minute}`, tokenValue: 'Value hidden due to security reasons.', streamUrl: 'wss://ssmmessages.us-east-1.amazonaws.com/v1/data-channel/x' } });

export default defineDetectionExamples({
  fires: [{ name: 'five instances in four minutes', records: [0, 1, 2, 3, 4].map((n) => session(n, n)) }],
  quiet: [
    { name: 'the same instance five times', records: [0, 1, 2, 3, 4].map((m) => session(1, m)) },
    { name: 'five instances over a working day', records: [0, 1, 2, 3, 4].map((n) => session(n, n * 90)) },
    { name: 'refused', records: [0, 1, 2, 3, 4].map((n) => refused(session(n, n))) },
  ],
});
