/**
 * What "administrator" means in the graph, precisely:
 *
 * 1. A principal is an **administrator** when its effective permissions (identity policies, boundary, and the
 *    rest of the evaluation logic, through the evaluator) allow every probe below on every resource (`*`). The
 *    probes span the services and actions that, together, are equivalent to `*:*`: writing any IAM policy
 *    (which makes everything else a step away), minting credentials, running code, and reading and changing
 *    data and keys. `NotAction` grants that leave IAM out, `PowerUserAccess` for one, fail the IAM probes and
 *    are not administrators.
 * 2. A principal is an **effective administrator** when it can grant itself any permission: a path of
 *    can-assume, runs-as and can-escalate edges leads from it to an administrator. The graph draws an
 *    `is-admin` edge from each administrator to its account's `admin:<account>` node, so "effective
 *    administrator" is plain reachability of that node.
 */
import type { Resource } from '../model/core/index.js';
import type { AccessModel, AccessStatus } from './access.js';

/**
 * The actions an administrator must be allowed on `*`. KMS keys and role trust are left out on purpose: their
 * resource policies decide them (a key policy must allow even an administrator), so no identity grant alone can
 * allow them, and an administrator rewrites those policies through the IAM and data probes anyway.
 */
export const ADMIN_PROBES = [
  'iam:PutRolePolicy', 'iam:AttachUserPolicy', 'iam:CreateAccessKey', 'iam:CreatePolicyVersion', 'iam:PassRole',
  'ec2:RunInstances', 'lambda:CreateFunction', 's3:GetObject', 's3:PutBucketPolicy',
  'secretsmanager:GetSecretValue', 'dynamodb:Scan', 'rds:ModifyDBInstance',
  'organizations:DescribeOrganization',
] as const;

export interface AdminVerdict {
  readonly status: AccessStatus;
  /** For an allow: the statement that granted the first probe; otherwise the probe that failed and why. */
  readonly detail: string;
}

/** Whether `principal` is an administrator in sense 1. */
export function judgeAdministrator(access: AccessModel, principal: Resource): AdminVerdict {
  let unknownProbe: string | undefined;
  let first: string | undefined;
  for (const action of ADMIN_PROBES) {
    const d = access.canDo(principal, action, '*');
    if (d.status === 'deny') return { status: 'deny', detail: `${action} on * is not allowed: ${d.explanation.summary}` };
    if (d.status === 'unknown') unknownProbe ??= `${action} on * could not be decided (missing: ${d.incomplete?.join('; ') ?? '?'})`;
    else first ??= d.explanation.summary;
  }
  if (unknownProbe) return { status: 'unknown', detail: unknownProbe };
  return { status: 'allow', detail: first ?? 'every probe allowed' };
}
