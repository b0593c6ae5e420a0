import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-domain-transferred-to-another-account',
  kind: 'event',
  services: ['route53domains'],
  actions: ['TransferDomainToAnotherAwsAccount'],
  title: 'Registered domain transferred to another AWS account',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Resource Development', technique: 'T1584.001', techniqueName: 'Compromise Infrastructure: Domains' },
  description: 'A domain registered with Route 53 was offered to another AWS account (TransferDomainToAnotherAwsAccount). Once accepted, the other account controls the domain: its DNS, mail and certificates.',
  falsePositives: 'Consolidating domains into a central DNS account of the organization; check the receiving account is known.',
  references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_TransferDomainToAnotherAwsAccount.html'],
  match(e, ctx) {
    if (!callEvenViaService(e, 'route53domains', ['TransferDomainToAnotherAwsAccount'])) return undefined;
    const to = paramStr(e, 'accountId') ?? '(unknown)';
    return `${who(e)} offered domain ${paramStr(e, 'domainName') ?? '(unknown)'} to account ${to}${ctx.knownAccounts.has(to) ? ' (an organization account)' : ''}`;
  },
});
