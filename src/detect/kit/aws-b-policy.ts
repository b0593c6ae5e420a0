import { asList, asString, parseJsonParam } from './aws-b-params.js';

/**
 * Just enough IAM policy reading for detections: which statements allow everyone, which allow
 * everything, and which accounts a policy names. Full evaluation (conditions, NotPrincipal, boundaries)
 * belongs to the identity graph; here a doubtful statement counts as not public, because an audit-log
 * detection must not cry wolf on every bucket policy with a condition.
 */
export interface PolicyStatement {
  readonly Effect?: unknown;
  readonly Principal?: unknown;
  readonly NotPrincipal?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly Condition?: unknown;
}

/** The statements of a policy document given as an object or a JSON string; [] if it cannot be read. */
export function statementsOf(doc: unknown): PolicyStatement[] {
  const parsed = parseJsonParam(doc);
  if (typeof parsed !== 'object' || parsed === null) return [];
  return asList((parsed as { Statement?: unknown }).Statement).filter((s): s is PolicyStatement => typeof s === 'object' && s !== null);
}

/** Principal `*`, `{"AWS": "*"}` or `{"AWS": ["*"]}`: anyone, in any account, signed or not. */
export function isPublicPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  const aws = (principal as Record<string, unknown>)['AWS'];
  return asList(aws).some((p) => p === '*');
}

/**
 * Condition keys that narrow a `*` principal to the owner's own world (an organization, an account, a VPC,
 * a source resource). A statement with one of them is not public.
 */
const NARROWING_KEYS = ['aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceorgid', 'aws:principalarn', 'aws:userid', 'aws:sourceip', 'kms:calleraccount', 'kms:viaservice'];

function narrowedByCondition(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  for (const operands of Object.values(condition as Record<string, unknown>)) {
    if (typeof operands !== 'object' || operands === null) continue;
    for (const [key, value] of Object.entries(operands as Record<string, unknown>)) {
      if (!NARROWING_KEYS.includes(key.toLowerCase())) continue;
      // A source-IP condition open to every address narrows nothing.
      if (key.toLowerCase() === 'aws:sourceip' && asList(value).every((v) => v === '0.0.0.0/0' || v === '::/0')) continue;
      return true;
    }
  }
  return false;
}

/** Allow statements open to anyone without a narrowing condition. */
export function publicAllowStatements(doc: unknown): PolicyStatement[] {
  return statementsOf(doc).filter((s) => s.Effect === 'Allow' && isPublicPrincipal(s.Principal) && !narrowedByCondition(s.Condition));
}

/** The actions a statement allows, as strings (`["s3:GetObject"]`). */
export function actionsOf(s: PolicyStatement): string[] {
  return asList(s.Action).map(asString).filter((a): a is string => a !== undefined);
}

/** Whether a policy document allows every action on every resource (`"Action": "*"`, `"Resource": "*"`). */
export function grantsAdmin(doc: unknown): boolean {
  return statementsOf(doc).some((s) => s.Effect === 'Allow' && s.NotAction === undefined && actionsOf(s).some((a) => a === '*' || a === '*:*') && asList(s.Resource).some((r) => r === '*'));
}

/**
 * AWS managed policies that amount to administrator access: full access, or full IAM access (which can
 * grant itself the rest).
 */
export const ADMIN_MANAGED_POLICY_ARNS: ReadonlySet<string> = new Set([
  'arn:aws:iam::aws:policy/AdministratorAccess',
  'arn:aws:iam::aws:policy/IAMFullAccess',
  'arn:aws:iam::aws:policy/AdministratorAccess-Amplify',
  'arn:aws:iam::aws:policy/AdministratorAccess-AWSElasticBeanstalk',
]);

/** Whether a managed policy ARN (in any partition) is one of the admin policies. */
export function isAdminManagedPolicy(arn: unknown): boolean {
  return typeof arn === 'string' && ADMIN_MANAGED_POLICY_ARNS.has(arn.replace(/^arn:aws[a-z-]*:/, 'arn:aws:'));
}

/** The 12-digit account of an account id, account root ARN or principal ARN; undefined otherwise. */
export function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

/**
 * Whether `account` is outside the organization: not the account the event was recorded in and not one
 * the user listed. With no list every other account counts as unknown, which is what a sharing
 * detection should report.
 */
export function isUnknownAccount(account: string, ownAccount: string | undefined, knownAccounts: ReadonlySet<string>): boolean {
  return account !== ownAccount && !knownAccounts.has(account);
}
