import type { IamGroup, IamManagedPolicy, IamRole, IamUser, InlinePolicy } from '../../../model/aws/iam.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../model/aws/policy.js';
import type { Value } from '../../../model/core/index.js';
import { fromItem } from './build.js';
import { ItemReader, field, num, str, type ConfigItem } from './item.js';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** IAM documents in Config items are URL-encoded JSON (as the IAM API returns them); parsePolicyDocument decodes. */
function doc(r: ItemReader, raw: unknown, what: string): Value<PolicyDocument> {
  if (raw === undefined || raw === null) return r.notRecorded(what);
  const parsed = parsePolicyDocument(typeof raw === 'string' ? raw : JSON.stringify(raw));
  return parsed.ok ? r.known(parsed.document) : { ...r.notRecorded<PolicyDocument>(what), reason: `${what} could not be parsed: ${parsed.error}` };
}

function inline(r: ItemReader, item: ConfigItem, key: string): Value<readonly InlinePolicy[]> {
  const raw = field(item.configuration, key);
  if (!Array.isArray(raw)) return r.absent([], `no ${key} recorded`);
  return r.known(raw.map((p) => ({ name: r.known(str(field(p, 'policyName')) ?? ''), document: doc(r, field(p, 'policyDocument'), 'inline policy document'), source: item.prov })));
}

const attached = (r: ItemReader, item: ConfigItem) =>
  r.known(list(field(item.configuration, 'attachedManagedPolicies')).map((p) => str(field(p, 'policyArn')) ?? '').filter(Boolean));

export function adaptRole(item: ConfigItem): IamRole {
  const r = new ItemReader(item);
  const c = item.configuration;
  return fromItem(item, 'aws.iam.role', item.arn ?? str(field(c, 'arn')) ?? item.resourceId, {
    path: r.get('path', str, { value: '/', reason: 'default path' }),
    inlinePolicies: inline(r, item, 'rolePolicyList'),
    attachedPolicies: attached(r, item),
    roleName: r.get('roleName', str),
    trustPolicy: doc(r, field(c, 'assumeRolePolicyDocument'), 'trust policy'),
    permissionsBoundary: r.known(str(field(c, 'permissionsBoundary.permissionsBoundaryArn')) ?? null),
    maxSessionDurationSeconds: r.get('maxSessionDuration', num, { value: 3600, reason: 'default one hour' }),
    lastUsed: r.known(str(field(c, 'roleLastUsed.lastUsedDate')) ?? null),
    instanceProfiles: instanceProfiles(r, c),
  });
}

/** The role's instance profiles (Config records `instanceProfileList`, empty when there are none). */
function instanceProfiles(r: ItemReader, c: unknown): Value<readonly string[]> {
  const raw = field(c, 'instanceProfileList');
  if (!Array.isArray(raw)) return r.notRecorded('instance profiles');
  return r.known(raw.map((p) => str(field(p, 'arn')) ?? '').filter(Boolean));
}

export function adaptUser(item: ConfigItem): IamUser {
  const r = new ItemReader(item);
  const c = item.configuration;
  const account = item.awsAccountId ?? '';
  return fromItem(item, 'aws.iam.user', item.arn ?? str(field(c, 'arn')) ?? item.resourceId, {
    path: r.get('path', str, { value: '/', reason: 'default path' }),
    inlinePolicies: inline(r, item, 'userPolicyList'),
    attachedPolicies: attached(r, item),
    userName: r.get('userName', str),
    groups: r.known(list(field(c, 'groupList')).map((g) => `arn:aws:iam::${account}:group/${str(g) ?? ''}`)),
    hasConsolePassword: r.notRecorded('console password (credential report data)'),
    passwordLastUsed: r.notRecorded('password last use'),
    mfaDevices: r.notRecorded('MFA devices'),
    accessKeys: r.notRecorded('access keys'),
    permissionsBoundary: r.known(str(field(c, 'permissionsBoundary.permissionsBoundaryArn')) ?? null),
  });
}

export function adaptGroup(item: ConfigItem): IamGroup {
  const r = new ItemReader(item);
  return fromItem(item, 'aws.iam.group', item.arn ?? str(field(item.configuration, 'arn')) ?? item.resourceId, {
    path: r.get('path', str, { value: '/', reason: 'default path' }),
    inlinePolicies: inline(r, item, 'groupPolicyList'),
    attachedPolicies: attached(r, item),
    groupName: r.get('groupName', str),
  });
}

export function adaptPolicy(item: ConfigItem): IamManagedPolicy {
  const r = new ItemReader(item);
  const c = item.configuration;
  const versions = list(field(c, 'policyVersionList'));
  const def = versions.find((v) => field(v, 'isDefaultVersion') === true) ?? versions[0];
  const arn = item.arn ?? str(field(c, 'arn')) ?? item.resourceId;
  return fromItem(item, 'aws.iam.policy', arn, {
    policyName: r.get('policyName', str),
    arn: r.known(arn),
    awsManaged: r.known(arn.startsWith('arn:aws:iam::aws:')),
    document: doc(r, def === undefined ? undefined : field(def, 'document'), 'default policy version'),
    attachmentCount: r.get('attachmentCount', num),
  });
}
