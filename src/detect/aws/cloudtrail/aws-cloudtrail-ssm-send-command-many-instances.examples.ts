import { defineDetectionExamples } from '../../kit/examples.js';
import { at } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `i-0${(from + i).toString(16).padStart(16, '0')}`);
const send = (instanceIds: string[], minute: number) => apiCall('ssm', 'SendCommand', { instanceIds, documentName: 'AWS-RunShellScript', interactive: false, parameters: 'HIDDEN_DUE_TO_SECURITY_REASONS' }, { eventTime: at(minute) });

export default defineDetectionExamples({
  fires: [
    { name: 'one call to twelve instances', records: [send(ids(0, 12), 0)] },
    { name: 'ten calls to one instance each', records: ids(0, 10).map((id, i) => send([id], i / 2)) },
  ],
  quiet: [
    { name: 'many commands to the same three instances', records: Array.from({ length: 20 }, (_, i) => send(ids(0, 3), i / 4)) },
    { name: 'ten instances over an hour', records: ids(0, 10).map((id, i) => send([id], i * 8)) },
    { name: 'refused', records: [refused(send(ids(0, 12), 0))] },
  ],
});
