import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-organization-service-access-disabled',
  kind: 'event',
  services: ['organizations'],
  actions: ['DisableAWSServiceAccess'],
  title: 'Trusted access for a service disabled in the organization',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DisableAWSServiceAccess cut a service off from the organization. For CloudTrail, GuardDuty, Security Hub, Config or IAM Access Analyzer this stops organization-wide logging or detection for every account.',
  falsePositives: 'Retiring an organization integration on purpose; check which service it was.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_DisableAWSServiceAccess.html', 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_integrate_services_list.html'],
  match(e) {
    return callEvenViaService(e, 'organizations', ['DisableAWSServiceAccess']) ? `${who(e)} disabled organization access for ${paramStr(e, 'servicePrincipal') ?? 'a service'}` : undefined;
  },
});
