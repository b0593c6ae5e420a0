import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-domain-contact-updated',
  kind: 'event',
  services: ['route53domains'],
  actions: ['UpdateDomainContact'],
  title: 'Registered domain contacts changed',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Resource Development', technique: 'T1584.001', techniqueName: 'Compromise Infrastructure: Domains' },
  description: "The registrant, admin or tech contact of a Route 53 registered domain was changed. Registrars send transfer confirmations and ownership notices to these contacts; changing them prepares a quiet hijack.",
  falsePositives: 'Staff changes or a company address move.',
  references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_domains_UpdateDomainContact.html'],
  match(e) {
    return callEvenViaService(e, 'route53domains', ['UpdateDomainContact']) ? `${who(e)} changed the contacts of domain ${paramStr(e, 'domainName') ?? '(unknown)'}` : undefined;
  },
});
