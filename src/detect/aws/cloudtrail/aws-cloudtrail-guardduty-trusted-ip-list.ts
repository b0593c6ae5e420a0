import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-guardduty-trusted-ip-list',
  kind: 'event',
  services: ['guardduty'],
  actions: ['CreateIPSet', 'UpdateIPSet'],
  title: 'A GuardDuty trusted IP list was activated',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'CreateIPSet or UpdateIPSet activated a trusted IP list: GuardDuty raises no findings for traffic and calls from those addresses, so an intruder can whitelist its own infrastructure.',
  falsePositives: 'Adding office or VPN ranges. Compare the list location and contents with the network team\'s ranges.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_upload-lists.html'],
  match(e) {
    if (!principalCall(e, 'guardduty', 'CreateIPSet', 'UpdateIPSet') || asBool(req(e, 'activate')) !== true) return undefined;
    return `${who(e)} activated trusted IP list ${asString(req(e, 'name')) ?? asString(req(e, 'ipSetId')) ?? '(unnamed)'} from ${asString(req(e, 'location')) ?? 'an unknown location'}`;
  },
});
