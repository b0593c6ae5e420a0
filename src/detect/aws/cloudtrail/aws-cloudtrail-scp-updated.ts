import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-scp-updated',
  kind: 'event',
  services: ['organizations'],
  actions: ['UpdatePolicy'],
  title: 'Content of an organization policy replaced',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484', techniqueName: 'Domain or Tenant Policy Modification' },
  description: 'The text of an organization policy (usually an SCP) was replaced (UpdatePolicy with new content). A guardrail can be hollowed out this way without detaching it, which the detach and delete detections would see. The event holds only the new text, so whether it is weaker needs the previous version.',
  falsePositives: 'Routine guardrail changes from infrastructure code in the management account; renames and description changes without content do not fire.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_UpdatePolicy.html'],
  match(e) {
    if (!callEvenViaService(e, 'organizations', ['UpdatePolicy']) || !paramStr(e, 'content')) return undefined;
    return `${who(e)} replaced the content of organization policy ${paramStr(e, 'policyId') ?? '(unknown)'}`;
  },
});
