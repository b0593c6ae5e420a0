import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const sink = `projects/${PROJECT}/sinks/audit-to-siem`;
const call = (method: string, code?: number) => gcpEntry({ service: 'logging.googleapis.com', method: `google.logging.v2.ConfigServiceV2.${method}`, resourceName: sink, request: { '@type': 'type.googleapis.com/google.logging.v2.DeleteSinkRequest', sinkName: sink }, resourceType: 'logging_sink', ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [{ name: 'sink deleted', records: [call('DeleteSink')] }],
  quiet: [
    { name: 'deletion denied', records: [call('DeleteSink', 7)] },
    { name: 'sink read', records: [call('GetSink')] },
  ],
});
