import { asList, type PolicyDocument, type PolicyStatement } from '../../model/aws/policy.js';
import type { InlinePolicy, IamManagedPolicy } from '../../model/aws/iam.js';
import { describeProvenance, isKnown, type Value } from '../../model/core/index.js';
import { statementCoversAction, statementCoversAllResources } from './aws-policy.js';
import { all, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

/** Decides whether one statement offends; returns a short reason, or false. */
export type StatementPredicate = (st: PolicyStatement) => string | false;

/**
 * An Allow of every action on every resource: `Action: "*"` (or `*:*`), or an Allow with `NotAction`
 * (everything except a short list is, for review purposes, administrator access). Conditions are
 * deliberately ignored: a condition such as MFA-present still leaves the principal an administrator.
 */
export function isAdminGrant(st: PolicyStatement): boolean {
  if (st.Effect !== 'Allow' || !statementCoversAllResources(st)) return false;
  if (st.Action !== undefined) return asList(st.Action).some((a) => a === '*' || a === '*:*');
  return st.NotAction !== undefined;
}

/** Predicate form of {@link isAdminGrant}. */
export const adminPredicate: StatementPredicate = (st) =>
  isAdminGrant(st) ? (st.NotAction !== undefined ? 'Allow with NotAction on Resource "*"' : 'Allow "*" on Resource "*"') : false;

/** The AWS managed AdministratorAccess policy, in any partition. */
export function isAdministratorAccessArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/.test(arn);
}

/** Whether any statement of the document offends. */
function offenders(doc: PolicyDocument, pred: StatementPredicate): string[] {
  return doc.Statement.flatMap((st, i) => {
    const why = pred(st);
    return why === false ? [] : [`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''}: ${why}`];
  });
}

/**
 * Judges one policy document: unknown when unresolvable, fail naming the offending statements (`label: ...`),
 * else pass with `passMessage`.
 */
export function judgeDocument(path: string, doc: Value<PolicyDocument>, pred: StatementPredicate, label: string, passMessage = `${label}: no offending statement`): Outcome {
  const ev = evidence(path, doc as Value<unknown>);
  if (!isKnown(doc)) return unknown(`${label} could not be read: ${doc.reason ?? 'unresolvable'} (${describeProvenance(doc.source)})`, ev);
  const bad = offenders(doc.value, pred);
  return bad.length > 0 ? fail(`${label}: ${bad.join('; ')}`, ev) : pass(passMessage, ev);
}

/** Judges every inline policy of a user, group or role; passes when there are none. */
export function judgeInlinePolicies(policies: Value<readonly InlinePolicy[]>, pred: StatementPredicate, passMessage: string): Outcome {
  if (!isKnown(policies)) {
    return unknown(`inline policies could not be listed: ${policies.reason ?? 'unresolvable'}`, evidence('inlinePolicies', policies as Value<unknown>));
  }
  if (policies.value.length === 0) return pass('No inline policies', evidence('inlinePolicies', policies as Value<unknown>));
  const outs = policies.value.map((p, i) => {
    const name = isKnown(p.name) ? p.name.value : `#${i}`;
    return judgeDocument(`inlinePolicies[${i}].document`, p.document, pred, `inline policy "${name}"`);
  });
  return all(outs, passMessage);
}

/**
 * Finds the managed policy an attachment names: by uid (IaC addresses, live ARNs), by ARN value, or by a
 * Terraform-style `<address>.arn` reference.
 */
export function resolveManagedPolicy(ctx: RuleContext, ref: string): IamManagedPolicy | undefined {
  const direct = ctx.get(ref) ?? (ref.endsWith('.arn') ? ctx.get(ref.slice(0, -4)) : undefined);
  if (direct?.type === 'aws.iam.policy') return direct as IamManagedPolicy;
  return ctx.referencing('aws.iam.policy', 'arn', ref)[0];
}

/**
 * Judges attached managed policies for administrator access. AdministratorAccess fails by ARN and other AWS
 * managed policies pass by ARN; customer policies are resolved through the inventory and judged by document;
 * a customer policy not in the inventory is unknown (it may be admin).
 */
export function judgeAttachedForAdmin(attached: Value<readonly string[]>, ctx: RuleContext): Outcome {
  const ev = evidence('attachedPolicies', attached as Value<unknown>);
  if (!isKnown(attached)) return unknown(`attached policies could not be listed: ${attached.reason ?? 'unresolvable'}`, ev);
  if (attached.value.length === 0) return pass('No managed policies attached', ev);
  const outs = attached.value.map((ref): Outcome => {
    if (isAdministratorAccessArn(ref)) return fail(`AdministratorAccess is attached (${ref})`, ev);
    // AWS managed policies are judged by name alone, so a live scan (which has their documents) and an IaC
    // scan (which does not) agree; PowerUserAccess's NotAction form is not AdministratorAccess.
    if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(ref)) return pass(`${ref} is an AWS managed policy other than AdministratorAccess`, ev);
    const policy = resolveManagedPolicy(ctx, ref);
    if (policy) return judgeDocument(`policy ${ref}`, policy.properties.document, adminPredicate, `attached policy "${policy.name}"`);
    return unknown(`attached policy ${ref} is not in the inventory, so its document cannot be judged`, ev);
  });
  return all(outs, 'No attached managed policy grants administrator access');
}

/**
 * IAM actions that let a principal raise its own privileges when allowed on every resource
 * (new policy versions, attaching or writing policies, passing any role, minting credentials).
 */
export const ESCALATION_ACTIONS = [
  'iam:PassRole', 'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:AttachUserPolicy', 'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy', 'iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy', 'iam:CreateAccessKey',
  'iam:CreateLoginProfile', 'iam:UpdateLoginProfile', 'iam:UpdateAssumeRolePolicy', 'iam:AddUserToGroup',
  'iam:PutUserPermissionsBoundary', 'iam:DeleteUserPermissionsBoundary', 'iam:PutRolePermissionsBoundary', 'iam:DeleteRolePermissionsBoundary',
] as const;

/** Condition keys that limit what an escalation action can do (which service a role goes to, which policy). */
const ESCALATION_GUARDS = ['iam:passedtoservice', 'iam:policyarn', 'iam:permissionsboundary', 'iam:associatedresourcearn'];

/** Escalation actions a statement allows on every resource without a guarding condition. */
export function escalationActions(st: PolicyStatement): string[] {
  if (st.Effect !== 'Allow' || isAdminGrant(st) || !statementCoversAllResources(st)) return [];
  const guarded = Object.values(st.Condition ?? {}).some((block) => Object.keys(block).some((k) => ESCALATION_GUARDS.includes(k.toLowerCase())));
  if (guarded) return [];
  return ESCALATION_ACTIONS.filter((a) => statementCoversAction(st, a));
}
