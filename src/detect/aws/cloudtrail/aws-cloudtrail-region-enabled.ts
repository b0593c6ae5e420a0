import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-region-enabled',
  kind: 'event',
  services: ['account'],
  actions: ['EnableRegion'],
  title: 'Opt-in region enabled',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1535', techniqueName: 'Unused/Unsupported Cloud Regions' },
  description: 'An opt-in region (one disabled by default, such as af-south-1 or me-central-1) was enabled for the account. Resources there are easy to miss if security tooling was set up before the region was on.',
  falsePositives: 'Expansion into a new region; check GuardDuty, Config and the trail cover it.',
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html'],
  match(e) {
    return callEvenViaService(e, 'account', ['EnableRegion']) ? `${who(e)} enabled region ${paramStr(e, 'regionName') ?? '(unknown)'}${paramStr(e, 'accountId') ? ` for account ${paramStr(e, 'accountId')}` : ''}` : undefined;
  },
});
