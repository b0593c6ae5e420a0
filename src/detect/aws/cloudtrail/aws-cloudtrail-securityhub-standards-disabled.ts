import { defineDetection } from '../../kit/detection.js';
import { asStrings, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-securityhub-standards-disabled',
  kind: 'event',
  services: ['securityhub'],
  actions: ['BatchDisableStandards'],
  title: 'Security Hub standards were disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'BatchDisableStandards unsubscribed from security standards (Foundational Best Practices, CIS, PCI): their controls stop checking the account.',
  falsePositives: 'Dropping a standard that does not apply (PCI in an account without card data). Confirm which standards remain.',
  references: ['https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchDisableStandards.html'],
  match(e) {
    if (!principalCall(e, 'securityhub', 'BatchDisableStandards')) return undefined;
    const arns = asStrings(req(e, 'StandardsSubscriptionArns'));
    const names = arns.map((a) => a.replace(/^.*:subscription\//, ''));
    return `${who(e)} disabled Security Hub standards ${names.length > 0 ? names.join(', ') : '(not named in the request)'}`;
  },
});
