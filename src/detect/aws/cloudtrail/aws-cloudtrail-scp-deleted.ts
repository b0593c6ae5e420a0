import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-scp-deleted',
  kind: 'event',
  services: ['organizations'],
  actions: ['DeletePolicy'],
  title: 'Organization policy deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484', techniqueName: 'Domain or Tenant Policy Modification' },
  description: 'An organization policy (SCP, tag, backup or AI opt-out policy) was deleted (DeletePolicy). A policy must be detached everywhere first, so a deletion usually ends the removal of a guardrail.',
  falsePositives: 'Clean-up of unused policies from infrastructure code.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_DeletePolicy.html'],
  match(e) {
    return callEvenViaService(e, 'organizations', ['DeletePolicy']) ? `${who(e)} deleted organization policy ${paramStr(e, 'policyId') ?? '(unknown)'}` : undefined;
  },
});
