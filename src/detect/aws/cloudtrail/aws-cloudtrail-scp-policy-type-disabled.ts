import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-scp-policy-type-disabled',
  kind: 'event',
  services: ['organizations'],
  actions: ['DisablePolicyType'],
  title: 'A whole type of organization policy was switched off',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484', techniqueName: 'Domain or Tenant Policy Modification' },
  description: 'DisablePolicyType turned off a policy type for the organization root. For SERVICE_CONTROL_POLICY this detaches every SCP in the organization at once: all guardrails gone in one call.',
  falsePositives: 'Rare: an organization giving up SCPs, or a test organization.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisablePolicyType.html'],
  match(e) {
    return callEvenViaService(e, 'organizations', ['DisablePolicyType']) ? `${who(e)} disabled ${paramStr(e, 'policyType') ?? 'a policy type'} for ${paramStr(e, 'rootId') ?? 'the organization root'}` : undefined;
  },
});
