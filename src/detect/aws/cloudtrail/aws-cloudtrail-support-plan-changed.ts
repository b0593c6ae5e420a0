import { defineDetection } from '../../kit/detection.js';
import { byService, readOnly, succeeded, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-support-plan-changed',
  kind: 'event',
  services: ['supportplans'],
  title: 'Support plan changed',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1657', techniqueName: 'Financial Theft' },
  description: 'A change to the account\'s AWS Support plan was scheduled. An upgrade to Business or Enterprise support adds a sizeable monthly charge; a downgrade removes the support channel during an incident.',
  falsePositives: 'A planned plan change by the account owner or finance.',
  references: ['https://docs.aws.amazon.com/awssupport/latest/user/changing-support-plans.html'],
  match(e) {
    if (e.service !== 'supportplans' || readOnly(e) || !succeeded(e) || byService(e)) return undefined;
    return `${who(e)} changed the support plan (${e.action})`;
  },
});
