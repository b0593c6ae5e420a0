import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-organization-delegated-admin-changed',
  kind: 'event',
  services: ['organizations'],
  actions: ['RegisterDelegatedAdministrator', 'DeregisterDelegatedAdministrator'],
  title: 'Delegated administrator of an organization service changed',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1484', techniqueName: 'Domain or Tenant Policy Modification' },
  description: 'A member account was registered or deregistered as delegated administrator of an organization-wide service. The delegated admin of GuardDuty, Security Hub or IAM Identity Center controls that service for every account; deregistering it leaves the service unmanaged.',
  falsePositives: 'Setting up or moving a security tooling account, normally planned.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_RegisterDelegatedAdministrator.html'],
  match(e) {
    if (!callEvenViaService(e, 'organizations', ['RegisterDelegatedAdministrator', 'DeregisterDelegatedAdministrator'])) return undefined;
    const verb = e.action === 'RegisterDelegatedAdministrator' ? 'registered' : 'deregistered';
    return `${who(e)} ${verb} account ${paramStr(e, 'accountId') ?? '(unknown)'} as delegated administrator of ${paramStr(e, 'servicePrincipal') ?? 'a service'}`;
  },
});
