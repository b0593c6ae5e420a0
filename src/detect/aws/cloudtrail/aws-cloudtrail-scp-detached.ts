import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-scp-detached',
  kind: 'event',
  services: ['organizations'],
  actions: ['DetachPolicy'],
  title: 'Organization policy detached from an account or OU',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1484', techniqueName: 'Domain or Tenant Policy Modification' },
  description: "An organization policy, usually a service control policy, was detached from the root, an OU or an account (DetachPolicy). Guardrails such as \"deny disabling CloudTrail\" or region locks stop applying there. The event does not say the policy's type. Detaching the default FullAWSAccess policy tightens rather than loosens and does not fire.",
  falsePositives: 'Reorganizing guardrails in the management account, normally from infrastructure code.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_DetachPolicy.html', 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html'],
  match(e) {
    if (!callEvenViaService(e, 'organizations', ['DetachPolicy'])) return undefined;
    const policy = paramStr(e, 'policyId') ?? '(unknown)';
    if (policy === 'p-FullAWSAccess') return undefined;
    return `${who(e)} detached organization policy ${policy} from ${paramStr(e, 'targetId') ?? '(unknown target)'}`;
  },
});
