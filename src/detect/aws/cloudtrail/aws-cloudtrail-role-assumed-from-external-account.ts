import { defineDetection } from '../../kit/detection.js';
import { byService, paramStr, succeeded } from '../../kit/aws-a-events.js';

const accountOf = (arn: string | undefined) => (arn ? /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] : undefined);

export default defineDetection({
  id: 'aws-cloudtrail-role-assumed-from-external-account',
  kind: 'event',
  services: ['sts'],
  title: 'Role assumed by a principal of an unknown AWS account',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1199', techniqueName: 'Trusted Relationship' },
  description: "A principal of another AWS account, not one of the organization's known accounts, assumed a role in this account. Expected for vendor integrations; unexpected ones mean a role's trust was backdoored or a partner was compromised.",
  falsePositives: 'Vendors (monitoring, backup, security scanners) and partner accounts; list the organization\'s accounts as known and keep a list of vendor account ids.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-integration.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html'],
  match(e, ctx) {
    if (e.service !== 'sts' || e.action !== 'AssumeRole' || !succeeded(e) || byService(e)) return undefined;
    const caller = e.actor.accountId;
    const roleArn = paramStr(e, 'roleArn');
    const roleAccount = accountOf(roleArn) ?? e.account;
    // Only calls into this account: the caller's own trail records its outbound assumptions too.
    if (!caller || !roleAccount || caller === roleAccount || roleAccount !== e.account || ctx.knownAccounts.has(caller)) return undefined;
    return `a principal of account ${caller}${e.sourceIp ? ` from ${e.sourceIp}` : ''} assumed role ${roleArn ?? '(unknown)'}`;
  },
});
