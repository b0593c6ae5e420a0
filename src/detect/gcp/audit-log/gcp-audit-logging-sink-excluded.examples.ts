import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const sink = `projects/${PROJECT}/sinks/audit-to-siem`;
const update = (s: Record<string, unknown>) => gcpEntry({ service: 'logging.googleapis.com', method: 'google.logging.v2.ConfigServiceV2.UpdateSink', resourceName: sink, resourceType: 'logging_sink', request: { '@type': 'type.googleapis.com/google.logging.v2.UpdateSinkRequest', sinkName: sink, sink: { name: 'audit-to-siem', destination: 'pubsub.googleapis.com/projects/siem/topics/audit', ...s } } });

export default defineDetectionExamples({
  fires: [
    { name: 'exclusion added to the sink', records: [update({ exclusions: [{ name: 'quiet', filter: 'protoPayload.methodName:"SetIamPolicy"' }] })] },
    { name: 'sink disabled', records: [update({ disabled: true })] },
    { name: 'project exclusion created', records: [gcpEntry({ service: 'logging.googleapis.com', method: 'google.logging.v2.ConfigServiceV2.CreateExclusion', resourceName: `projects/${PROJECT}`, request: { parent: `projects/${PROJECT}`, exclusion: { name: 'drop-audit', filter: 'logName:"cloudaudit.googleapis.com"' } } })] },
  ],
  quiet: [
    { name: 'destination changed', records: [update({ destination: 'storage.googleapis.com/audit-archive' })] },
    { name: 'exclusion present but disabled', records: [update({ exclusions: [{ name: 'debug', filter: 'severity<INFO', disabled: true }] })] },
  ],
});
