import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-domain-auth-code-retrieved',
  kind: 'event',
  services: ['route53domains'],
  actions: ['RetrieveDomainAuthCode'],
  title: 'Domain transfer authorization code retrieved',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Resource Development', technique: 'T1584.001', techniqueName: 'Compromise Infrastructure: Domains' },
  description: 'The authorization (EPP) code of a Route 53 registered domain was read (RetrieveDomainAuthCode). With it, and the lock off, the domain can be moved to a registrar account the caller controls.',
  falsePositives: 'A planned move of the domain to another registrar.',
  references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_RetrieveDomainAuthCode.html'],
  match(e) {
    return callEvenViaService(e, 'route53domains', ['RetrieveDomainAuthCode']) ? `${who(e)} retrieved the transfer code of domain ${paramStr(e, 'domainName') ?? '(unknown)'}` : undefined;
  },
});
