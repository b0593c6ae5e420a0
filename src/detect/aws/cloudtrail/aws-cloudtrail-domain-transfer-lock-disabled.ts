import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-domain-transfer-lock-disabled',
  kind: 'event',
  services: ['route53domains'],
  actions: ['DisableDomainTransferLock'],
  title: 'Domain transfer lock disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Resource Development', technique: 'T1584.001', techniqueName: 'Compromise Infrastructure: Domains' },
  description: 'The transfer lock of a Route 53 registered domain was removed (DisableDomainTransferLock): the first step of moving the domain to another registrar.',
  falsePositives: 'A planned move of the domain to another registrar.',
  references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_DisableDomainTransferLock.html'],
  match(e) {
    return callEvenViaService(e, 'route53domains', ['DisableDomainTransferLock']) ? `${who(e)} disabled the transfer lock of domain ${paramStr(e, 'domainName') ?? '(unknown)'}` : undefined;
  },
});
