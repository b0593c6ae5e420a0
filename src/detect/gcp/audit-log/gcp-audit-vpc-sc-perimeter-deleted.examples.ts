import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry } from '../../kit/gcp-records.js';

const perimeter = 'accessPolicies/581220471/servicePerimeters/payments_perimeter';
const call = (method: string, name: string, code?: number) => gcpEntry({ service: 'accesscontextmanager.googleapis.com', method: `google.identity.accesscontextmanager.v1.AccessContextManager.${method}`, resourceName: name, resourceType: 'audited_resource', request: { name }, ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [
    { name: 'perimeter deleted', records: [call('DeleteServicePerimeter', perimeter)] },
    { name: 'access policy deleted', records: [call('DeleteAccessPolicy', 'accessPolicies/581220471')] },
  ],
  quiet: [
    { name: 'perimeter updated', records: [call('UpdateServicePerimeter', perimeter)] },
    { name: 'deletion denied', records: [call('DeleteServicePerimeter', perimeter, 7)] },
  ],
});
