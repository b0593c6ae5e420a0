import { defineDetection } from '../../kit/detection.js';
import { actionsOf, publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-kms-key-policy-public',
  kind: 'event',
  services: ['kms'],
  actions: ['PutKeyPolicy', 'CreateKey'],
  title: 'A KMS key policy allows everyone',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'PutKeyPolicy (or CreateKey with a policy) allows principal `*` with no condition limiting it to the account, the organization or a calling service: any AWS account can use or manage the key, and so decrypt what it protects.',
  falsePositives: 'Almost none. Key policies that allow `*` are normally narrowed with kms:CallerAccount or kms:ViaService; those are not reported.',
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html'],
  match(e) {
    if (!principalCall(e, 'kms', 'PutKeyPolicy', 'CreateKey')) return undefined;
    const open = publicAllowStatements(req(e, 'policy'));
    if (open.length === 0) return undefined;
    return `${who(e)} opened KMS key ${asString(req(e, 'keyId')) ?? '(new key)'} to everyone (${[...new Set(open.flatMap(actionsOf))].join(', ') || 'actions not listed'})`;
  },
});
