/**
 * Statement predicates and principal-level judgements shared by the identity rules of issue 4: grants that
 * read every key or secret, service-wide wildcards, and whether a role holds administrator access.
 */
import { asList, type PolicyStatement } from '../../model/aws/policy.js';
import type { IamRole } from '../../model/aws/iam.js';
import { statementCoversAction, statementCoversAllResources, serviceWildcardActions } from './aws-policy.js';
import { adminPredicate, isAdminGrant, judgeAttachedForAdmin, judgeInlinePolicies, type StatementPredicate } from './aws-iam-policy-checks.js';
import { all } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

/** Actions that reveal protected data when allowed on every key or secret. */
export const SENSITIVE_READ_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom', 'secretsmanager:GetSecretValue'] as const;

/**
 * An Allow of decryption with any KMS key or of reading any secret. Administrator grants are left to the
 * admin rules, so one statement is not reported twice for the same reason.
 */
export const sensitiveReadPredicate: StatementPredicate = (st: PolicyStatement) => {
  if (st.Effect !== 'Allow' || isAdminGrant(st) || !statementCoversAllResources(st)) return false;
  const hit = SENSITIVE_READ_ACTIONS.filter((a) => statementCoversAction(st, a));
  return hit.length > 0 ? `allows ${hit.join(', ')} on Resource "*"` : false;
};

/** The KMS actions Security Hub's KMS.1 and KMS.2 block on all keys: they turn ciphertext into plaintext. */
export const KMS_DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const;

/** Resource "*", or a key ARN pattern that names every key (`arn:aws:kms:*:111122223333:key/*`). */
function coversAllKmsKeys(st: PolicyStatement): boolean {
  if (statementCoversAllResources(st)) return true;
  return st.Resource !== undefined && asList(st.Resource).some((r) => /^arn:aws[a-z-]*:kms:[^:]*:[^:]*:key\/\*$/i.test(r));
}

/**
 * An Allow of decryption with every KMS key, as Security Hub judges KMS.1 / KMS.2: administrator grants count
 * (they decrypt too), and conditions do not narrow it (a condition such as kms:ViaService is named in the reason).
 */
export const kmsDecryptAllKeysPredicate: StatementPredicate = (st: PolicyStatement) => {
  if (st.Effect !== 'Allow' || !coversAllKmsKeys(st)) return false;
  const hit = KMS_DECRYPT_ACTIONS.filter((a) => statementCoversAction(st, a));
  if (hit.length === 0) return false;
  const conditioned = st.Condition ? ` (conditioned on ${Object.values(st.Condition).flatMap((b) => Object.keys(b)).join(', ')})` : '';
  return `allows ${hit.join(', ')} on every KMS key${conditioned}`;
};

/** An Allow of `service:*` on every resource. */
export const serviceWildcardPredicate: StatementPredicate = (st) => {
  const list = serviceWildcardActions(st);
  return list.length > 0 ? `allows ${list.join(', ')} on Resource "*"` : false;
};

/** Whether the role is an administrator: an admin inline grant or an admin managed policy (fail = admin). */
export function judgeRoleAdmin(role: IamRole, ctx: RuleContext, passMessage = 'the role has no administrator grant'): Outcome {
  return all(
    [
      judgeInlinePolicies(role.properties.inlinePolicies, adminPredicate, ''),
      judgeAttachedForAdmin(role.properties.attachedPolicies, ctx),
    ],
    passMessage,
  );
}
