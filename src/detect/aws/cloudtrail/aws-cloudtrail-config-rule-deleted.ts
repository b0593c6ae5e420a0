import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-config-rule-deleted',
  kind: 'event',
  services: ['config'],
  actions: ['DeleteConfigRule'],
  title: 'An AWS Config rule was deleted',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteConfigRule removed a compliance check: resources it evaluated are no longer flagged when they drift.',
  falsePositives: 'Routine clean-up of rules or conformance packs. Review which rule went and why.',
  references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DeleteConfigRule.html'],
  match(e) {
    if (!principalCall(e, 'config', 'DeleteConfigRule')) return undefined;
    return `${who(e)} deleted AWS Config rule ${asString(req(e, 'configRuleName')) ?? '(not named in the request)'}`;
  },
});
