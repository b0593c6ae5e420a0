import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const policy = `projects/${PROJECT}/policies/iam.disableServiceAccountKeyCreation`;
const v2 = (method: string, request: Record<string, unknown>, code?: number) => gcpEntry({ service: 'orgpolicy.googleapis.com', method: `google.cloud.orgpolicy.v2.OrgPolicy.${method}`, resourceName: policy, request, ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [
    { name: 'policy deleted (v2)', records: [v2('DeletePolicy', { name: policy })] },
    { name: 'policy reset to default (v2)', records: [v2('UpdatePolicy', { policy: { name: policy, spec: { reset: true } } })] },
    { name: 'policy cleared (v1)', records: [gcpEntry({ service: 'cloudresourcemanager.googleapis.com', method: 'ClearOrgPolicy', resourceName: `projects/${PROJECT}`, request: { constraint: 'constraints/iam.allowedPolicyMemberDomains' } })] },
  ],
  quiet: [
    { name: 'policy enforced', records: [v2('UpdatePolicy', { policy: { name: policy, spec: { rules: [{ enforce: true }] } } })] },
    { name: 'deletion denied', records: [v2('DeletePolicy', { name: policy }, 7)] },
  ],
});
