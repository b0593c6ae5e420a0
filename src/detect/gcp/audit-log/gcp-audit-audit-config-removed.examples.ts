import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const change = (action: string, code?: number) => gcpEntry({
  service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', resourceName: `projects/${PROJECT}`,
  serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { auditConfigDeltas: [{ action, service: 'storage.googleapis.com', logType: 'DATA_READ' }, { action, service: 'storage.googleapis.com', logType: 'DATA_WRITE' }] } },
  ...(code ? { code } : {}),
});

export default defineDetectionExamples({
  fires: [{ name: 'storage data access logs removed', records: [change('REMOVE')] }],
  quiet: [
    { name: 'data access logs added', records: [change('ADD')] },
    { name: 'removal denied', records: [change('REMOVE', 7)] },
  ],
});
