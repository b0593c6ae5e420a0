import { isKnown } from '../../../model/core/index.js';
import { asList } from '../../../model/aws/policy.js';
import { at, defineRule, evidence, fail, isAnyonePrincipal, pass, statementCoversAction, unknown } from '../../kit/index.js';
import type { Outcome } from '../../kit/index.js';

/** Key-administration actions: holding all of them is holding the key. */
const ADMIN_ACTIONS = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:Decrypt', 'kms:CreateGrant'];

export default defineRule({
  id: 'aws-kms-key-policy-wildcard-admin',
  title: 'KMS key policy gives every principal full control of the key',
  severity: 'high',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  description:
    'Flags key policy statements that allow `kms:*` (or `*`) to the `*` principal, even when a condition such as kms:CallerAccount keeps them inside one account. The usual pattern names the account root, which defers to IAM policies; a `*` principal with `kms:*` makes every user and role of the account a key administrator without any IAM grant. AWS-managed keys are not judged.',
  risk: 'Any identity in the account (a CI role, a compromised developer) can change the key policy, decrypt everything the key protects, or schedule the key for deletion and destroy the data.',
  remediation: {
    cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://policy-with-named-admins.json',
    terraform: `statement {
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
  }
  actions   = ["kms:*"]
  resources = ["*"]
}`,
    cloudformation: `- Effect: Allow
  Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
  Action: 'kms:*'
  Resource: '*'`,
    console: 'KMS > Customer managed keys > key > Key policy > Edit: replace the "*" principal of the kms:* statement with the account root or named key administrators.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html',
  ],
  evaluate(key) {
    if (isKnown(key.properties.keyManager) && key.properties.keyManager.value === 'AWS') return undefined;
    const policy = key.properties.policy;
    const ev = evidence('policy', policy);
    if (!isKnown(policy)) return unknown(`policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('No key policy statement is written (the default policy names the account root)', ev);
    const out: Outcome[] = [];
    policy.value.Statement.forEach((st, i) => {
      if (st.Effect !== 'Allow' || !isAnyonePrincipal(st.Principal)) return;
      if (!ADMIN_ACTIONS.every((a) => statementCoversAction(st, a))) return;
      const acts = asList(st.Action ?? st.NotAction).join(', ');
      const cond = st.Condition ? ' (its condition limits callers, not what they may do)' : '';
      out.push(at(fail(`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''} allows ${acts} to the "*" principal${cond}`, ev), `Statement[${i}]`, policy.source));
    });
    return out.length > 0 ? out : pass('No statement gives every principal full control of the key', ev);
  },
});
