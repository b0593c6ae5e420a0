import type { AccessKey, IamGroupProperties, IamManagedPolicyProperties, IamPrincipalProperties, IamRoleProperties, IamUserProperties, InlinePolicy } from '../../../../model/aws/iam.js';
import type { PolicyDocument } from '../../../../model/aws/policy.js';
import { defaulted, explicit, unresolvable, type Provenance, type Value } from '../../../../model/core/index.js';
import { envelope, type AdaptContext, type Adapter, type ResolvedResource } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';
import { policyAt, targets } from './policy.js';

type Kind = 'Roles' | 'Users' | 'Groups';
const NAME_PROP: Record<Kind, string> = { Roles: 'RoleName', Users: 'UserName', Groups: 'GroupName' };
const SINGLE_POLICY: Record<Kind, string> = { Roles: 'AWS::IAM::RolePolicy', Users: 'AWS::IAM::UserPolicy', Groups: 'AWS::IAM::GroupPolicy' };

function document(rd: Reader, path: string): Value<PolicyDocument> {
  const v = policyAt(rd, path);
  return v.kind !== 'unresolvable' && v.value === null ? unresolvable(`${path} is required`, rd.block) : (v as Value<PolicyDocument>);
}

/** Inline `Policies` plus AWS::IAM::Policy / RolePolicy (UserPolicy, GroupPolicy) resources naming the principal. */
function inlinePolicies(rd: Reader, kind: Kind, name: string | undefined): Value<readonly InlinePolicy[]> {
  const ctx = rd.ctx;
  const id = rd.r.logicalId;
  const out: InlinePolicy[] = [];
  const l = rd.at('Policies');
  if (l.state === 'unknown') return unresolvable(l.reason, rd.prov(l.node, 'Policies'));
  if (l.state === 'node' && l.node.t === 'list') {
    for (const item of l.node.items) {
      if (item.t === 'unknown') return unresolvable(item.reason, rd.prov(item));
      const ir = rd.sub(item, true);
      out.push({ name: ir.str('PolicyName', { value: '' }), document: document(ir, 'PolicyDocument'), source: rd.prov(item) });
    }
  }
  const joined = [
    ...ctx.ofType('AWS::IAM::Policy').filter((p) => targets(nodeAt(p.props, kind), id, name, ctx)),
    ...ctx.ofType(SINGLE_POLICY[kind]).filter((p) => targets(nodeAt(p.props, NAME_PROP[kind]), id, name, ctx)),
  ];
  for (const p of joined) {
    const pr = new Reader(ctx, p);
    out.push({ name: pr.str('PolicyName', { value: p.logicalId }), document: document(pr, 'PolicyDocument'), source: pr.block });
  }
  if (out.length === 0) return defaulted([], rd.block);
  return explicit(out, l.state === 'node' ? rd.prov(l.node, 'Policies') : out[0]!.source);
}

/** `ManagedPolicyArns` plus AWS::IAM::ManagedPolicy resources whose Roles / Users / Groups name the principal. */
function attached(rd: Reader, kind: Kind, name: string | undefined): Value<readonly string[]> {
  const ctx = rd.ctx;
  const listed = rd.refs('ManagedPolicyArns');
  if (listed.kind === 'unresolvable') return listed;
  const fromPolicies = ctx.ofType('AWS::IAM::ManagedPolicy').filter((p) => targets(nodeAt(p.props, kind), rd.r.logicalId, name, ctx)).map((p) => ctx.uid(p.logicalId));
  const all = [...new Set([...(listed.value ?? []), ...fromPolicies])];
  if (listed.kind === 'explicit' || fromPolicies.length > 0) return explicit(all, listed.kind === 'explicit' ? listed.source : rd.block);
  return defaulted([], rd.block);
}

function principal(rd: Reader, kind: Kind, name: string | undefined): IamPrincipalProperties {
  return { path: rd.str('Path', { value: '/' }), inlinePolicies: inlinePolicies(rd, kind, name), attachedPolicies: attached(rd, kind, name) };
}

/**
 * The AWS::IAM::InstanceProfile resources whose `Roles` name the role, as their uids: an instance's
 * `IamInstanceProfile: !Ref Profile` (or `!GetAtt Profile.Arn` in a launch template) resolves to the same uid,
 * so the identity graph joins instance and role without guessing from names.
 */
function instanceProfiles(rd: Reader, name: string | undefined): Value<readonly string[]> {
  const ctx = rd.ctx;
  const profiles = ctx.ofType('AWS::IAM::InstanceProfile').filter((p) => targets(nodeAt(p.props, 'Roles'), rd.r.logicalId, name, ctx));
  if (profiles.length === 0) return defaulted([], rd.block, 'in no instance profile of the template');
  return explicit(profiles.map((p) => ctx.uid(p.logicalId)), ctx.prov(profiles[0]!.range));
}

/** AWS::IAM::Role. */
export const iamRole: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const roleName = rd.str('RoleName', { unresolvable: 'CloudFormation generates the role name at deploy' });
  const props: IamRoleProperties = {
    ...principal(rd, 'Roles', roleName.value),
    roleName,
    trustPolicy: document(rd, 'AssumeRolePolicyDocument'),
    permissionsBoundary: rd.ref('PermissionsBoundary', { value: null }),
    maxSessionDurationSeconds: rd.num('MaxSessionDuration', { value: 3600 }),
    lastUsed: defaulted(null, rd.block, 'not deployed yet'),
    instanceProfiles: instanceProfiles(rd, roleName.value),
  };
  return envelope(ctx, r, 'aws.iam.role', roleName, tagsOf(rd), props);
};

/** AWS::IAM::User, with groups (UserToGroupAddition), access keys and virtual MFA devices joined. */
export const iamUser: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const userName = rd.str('UserName', { unresolvable: 'CloudFormation generates the user name at deploy' });
  const names = (n: string | undefined, type: string, path: string) => ctx.ofType(type).filter((x) => targets(nodeAt(x.props, path), r.logicalId, n, ctx));
  const additions = names(userName.value, 'AWS::IAM::UserToGroupAddition', 'Users').map((a) => new Reader(ctx, a).ref('GroupName', { unresolvable: 'GroupName is required' }));
  const groups = rd.refs('Groups');
  const groupIds = [...(groups.value ?? []), ...additions.map((a) => a.value).filter((g): g is string => typeof g === 'string')].map((g) => groupUid(ctx, g));
  const keys: AccessKey[] = names(userName.value, 'AWS::IAM::AccessKey', 'UserName').map((k) => accessKey(new Reader(ctx, k)));
  const mfa = names(userName.value, 'AWS::IAM::VirtualMFADevice', 'Users');
  const props: IamUserProperties = {
    ...principal(rd, 'Users', userName.value),
    userName,
    groups: groups.kind === 'unresolvable' ? groups : groupIds.length > 0 || groups.kind === 'explicit' ? explicit(groupIds, groups.kind === 'explicit' ? groups.source : rd.block) : defaulted([], rd.block),
    hasConsolePassword: rd.has('LoginProfile') ? explicit(true, rd.prov(nodeAt(r.props, 'LoginProfile')!, 'LoginProfile')) : defaulted(false, rd.block),
    passwordLastUsed: defaulted(null, rd.block, 'not deployed yet'),
    passwordCreatedAt: defaulted(null, rd.block, 'not deployed yet'),
    createdAt: defaulted(null, rd.block, 'not deployed yet'),
    mfaDevices: mfa.length > 0 ? explicit(mfa.length, ctx.prov(mfa[0]!.range)) : defaulted(0, rd.block),
    accessKeys: keys.length > 0 ? explicit(keys, keys[0]!.source) : defaulted([], rd.block),
    permissionsBoundary: rd.ref('PermissionsBoundary', { value: null }),
  };
  return envelope(ctx, r, 'aws.iam.user', userName, tagsOf(rd), props);
};

/** A group named by its name becomes the uid of the group of the template with that name. */
function groupUid(ctx: AdaptContext, g: string): string {
  const found = ctx.ofType('AWS::IAM::Group').find((x) => {
    const n = nodeAt(x.props, 'GroupName');
    return n?.t === 'scalar' && n.value === g;
  });
  return found ? ctx.uid(found.logicalId) : g;
}

function accessKey(kr: Reader): AccessKey {
  const source: Provenance = kr.block;
  return {
    id: unresolvable('the access key id is generated at deploy', source),
    status: kr.get('Status', (n) => (n.t === 'scalar' && (n.value === 'Active' || n.value === 'Inactive') ? { ok: true, value: n.value } : { ok: false, reason: 'Status must be Active or Inactive' }), { value: 'Active' }),
    createdAt: unresolvable('known only after deploy', source),
    lastUsedAt: defaulted(null, source, 'not deployed yet'),
    source,
  };
}

/** AWS::IAM::Group. */
export const iamGroup: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const groupName = rd.str('GroupName', { unresolvable: 'CloudFormation generates the group name at deploy' });
  const props: IamGroupProperties = { ...principal(rd, 'Groups', groupName.value), groupName };
  return envelope(ctx, r, 'aws.iam.group', groupName, defaulted({}, rd.block), props);
};

/** AWS::IAM::ManagedPolicy (a customer-managed policy). */
export const iamManagedPolicy: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const policyName = rd.str('ManagedPolicyName', { unresolvable: 'CloudFormation generates the policy name at deploy' });
  const uid = ctx.uid(r.logicalId);
  const own = ['Roles', 'Users', 'Groups'].map((k) => nodeAt(r.props, k)).reduce((n, l) => n + (l?.t === 'list' ? l.items.length : 0), 0);
  const viaArns = ctx.resources.filter((x: ResolvedResource) => ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(x.type) && new Reader(ctx, x).refs('ManagedPolicyArns').value?.includes(uid)).length;
  const props: IamManagedPolicyProperties = {
    policyName,
    arn: unresolvable('the policy ARN is known only after deploy', rd.block),
    awsManaged: defaulted(false, rd.block, 'a template creates customer-managed policies'),
    document: document(rd, 'PolicyDocument'),
    attachmentCount: own + viaArns > 0 ? explicit(own + viaArns, rd.block) : defaulted(0, rd.block),
  };
  return envelope(ctx, r, 'aws.iam.policy', policyName, defaulted({}, rd.block), props);
};

