import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-organization-left',
  kind: 'event',
  services: ['organizations'],
  actions: ['LeaveOrganization'],
  title: 'Account left its AWS organization',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1666', techniqueName: 'Modify Cloud Resource Hierarchy' },
  description: "A member account left the organization (LeaveOrganization). It escapes the organization's SCPs, organization trail, GuardDuty and Security Hub administration and consolidated billing in one call.",
  falsePositives: 'A planned divestiture or a move to another organization, prepared with the management account\'s owners.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_LeaveOrganization.html'],
  match(e) {
    return callEvenViaService(e, 'organizations', ['LeaveOrganization']) ? `${who(e)} made account ${e.account ?? '(unknown)'} leave its organization` : undefined;
  },
});
