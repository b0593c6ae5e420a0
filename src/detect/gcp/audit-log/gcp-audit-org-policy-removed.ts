import { defineDetection } from '../../kit/detection.js';
import { gcpWho, isMethod, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-org-policy-removed',
  kind: 'event',
  title: 'Organization policy constraint removed or reset',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'An organization policy was deleted or cleared, or set back to the default: the guardrail it enforced (no service account keys, domain-restricted sharing, no external IPs...) no longer applies to the resource and what sits below it.',
  falsePositives: 'A scoped exception agreed with the platform team. Check the constraint and whether it was re-applied.',
  references: ['https://cloud.google.com/resource-manager/docs/organization-policy/overview', 'https://cloud.google.com/resource-manager/docs/organization-policy/audit-logging'],
  match(e) {
    if (e.errorCode !== undefined) return undefined;
    const constraint = () => String(reqValue(e, 'name') ?? reqValue(e, 'constraint') ?? reqValue(e, 'policy', 'constraint') ?? reqValue(e, 'policy', 'name') ?? resourceOf(e));
    if (okMethod(e, 'google.cloud.orgpolicy.v2.OrgPolicy.DeletePolicy', 'ClearOrgPolicy')) return `${gcpWho(e)} removed organization policy ${constraint()}`;
    if (isMethod(e, 'google.cloud.orgpolicy.v2.OrgPolicy.UpdatePolicy', 'SetOrgPolicy')) {
      const reset = reqValue(e, 'policy', 'spec', 'reset') === true || reqValue(e, 'policy', 'restoreDefault') !== undefined;
      if (reset) return `${gcpWho(e)} reset organization policy ${constraint()} to the default`;
    }
    return undefined;
  },
});
