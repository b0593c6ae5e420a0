/**
 * AWS STS (awsQuery): GetCallerIdentity, AssumeRole (into any account of the world, judged by the role's
 * trust policy in `account.services.iam.Roles`), GetSessionToken. Issued session credentials are accepted
 * by the server until they expire (then `ExpiredToken`).
 */
import { defineService, SimError } from '../service.js';
import type { CallContext } from '../service.js';
import { issueSession, stableId } from '../sessions.js';
import { trustAllows } from './sts/trust.js';

/** The IAM Role fields STS reads (the IAM API's Role shape). */
interface RoleRecord {
  RoleName: string;
  Arn?: string;
  RoleId?: string;
  MaxSessionDuration?: number;
  AssumeRolePolicyDocument?: unknown;
}

const accessDenied = (msg: string) => new SimError('AccessDenied', msg, 403);
const validation = (msg: string) => new SimError('ValidationError', msg, 400);

function duration(v: unknown, min: number, max: number, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw validation(`1 validation error detected: Value '${String(v)}' at 'durationSeconds' failed to satisfy constraint: Member must have value between ${min} and ${max}`);
  return n;
}

function credentials(s: { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date }) {
  return { AccessKeyId: s.accessKeyId, SecretAccessKey: s.secretAccessKey, SessionToken: s.sessionToken, Expiration: s.expiration };
}

/** Denied actions a role session inherits: those the world gives credentials of that role. */
function deniedForRole(ctx: CallContext, accountId: string, roleName: string): string[] {
  const out = new Set<string>();
  for (const c of ctx.world.credentials.values()) if (c.accountId === accountId && c.principal === `role/${roleName}`) for (const d of c.denied ?? []) out.add(d);
  return [...out];
}

function assumeRole(input: Record<string, unknown>, ctx: CallContext) {
  const roleArn = String(input.RoleArn ?? '');
  const sessionName = String(input.RoleSessionName ?? '');
  if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) throw validation(`1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`);
  const m = /^arn:aws:iam::(\d{12}):role\/(?:[^/]+\/)*([\w+=,.@-]+)$/.exec(roleArn);
  if (!m) throw validation(`${roleArn} is invalid`);
  const [, accountId, roleName] = m as unknown as [string, string, string];
  const denied = () => accessDenied(`User: ${ctx.caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  const target = ctx.world.accounts.get(accountId);
  const roles = (target?.services.iam as { Roles?: RoleRecord[] } | undefined)?.Roles ?? [];
  const role = roles.find((r) => r.RoleName === roleName && (!r.Arn || r.Arn === roleArn));
  if (!target || !role) throw denied();
  const callerRole = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(ctx.caller.arn);
  const alsoArns = callerRole ? [`arn:aws:iam::${callerRole[1]}:role/${callerRole[2]}`] : [];
  const ok = trustAllows(role.AssumeRolePolicyDocument, {
    callerAccountId: ctx.caller.accountId,
    callerArn: ctx.caller.arn,
    alsoArns,
    orgId: ctx.world.organization && ctx.world.accounts.has(ctx.caller.accountId) ? ctx.world.organization.id : undefined,
    externalId: typeof input.ExternalId === 'string' ? input.ExternalId : undefined,
  });
  if (!ok) throw denied();
  // Role chaining (a role session assuming a role) is limited to one hour, as on AWS.
  const max = callerRole ? 3600 : (role.MaxSessionDuration ?? 3600);
  const seconds = duration(input.DurationSeconds, 900, Math.max(max, 900), 3600 > max ? max : 3600);
  const roleId = role.RoleId ?? stableId('AROA', `${accountId}:${roleName}`);
  const arn = `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
  const s = issueSession(ctx.world, { accountId, arn, userId: `${roleId}:${sessionName}`, denied: deniedForRole(ctx, accountId, roleName) }, seconds);
  return { Credentials: credentials(s), AssumedRoleUser: { AssumedRoleId: `${roleId}:${sessionName}`, Arn: arn }, PackedPolicySize: 0, SourceIdentity: undefined };
}

function getSessionToken(input: Record<string, unknown>, ctx: CallContext) {
  if (ctx.caller.arn.includes(':assumed-role/') || ctx.caller.accessKeyId.startsWith('ASIA')) throw accessDenied('Cannot call GetSessionToken with session credentials');
  const max = ctx.caller.arn.endsWith(':root') ? 3600 : 129600;
  const seconds = duration(input.DurationSeconds, 900, max, Math.min(43200, max));
  const s = issueSession(ctx.world, { accountId: ctx.caller.accountId, arn: ctx.caller.arn, userId: ctx.caller.userId, denied: ctx.caller.denied }, seconds);
  return { Credentials: credentials(s) };
}

export default defineService({
  signingName: 'sts',
  protocol: 'awsQuery',
  apiVersion: '2011-06-15',
  xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
  global: true,
  operations: {
    GetCallerIdentity: (_input, ctx) => ({ UserId: ctx.caller.userId, Account: ctx.caller.accountId, Arn: ctx.caller.arn }),
    AssumeRole: assumeRole,
    GetSessionToken: getSessionToken,
  },
});
