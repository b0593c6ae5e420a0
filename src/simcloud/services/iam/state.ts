/** Access to an account's IAM section and the lookups and errors the handlers share. */
import type { AccountState } from '../../world/state.js';
import { globalSection } from '../../world/state.js';
import { SimError } from '../../service.js';
import { normalizeIam } from './normalize.js';
import type { AttachedPolicyState, IamSection, ManagedPolicyState, RoleState, UserState, GroupState } from './types.js';

export type * from './types.js';

const normalized = new WeakSet<object>();

/**
 * The account's IAM section, normalized in place on first use (a world file holds the raw section; the
 * normalized one replaces it, so state written by handlers persists). Idempotent.
 */
export function iamSection(account: AccountState): IamSection {
  const raw = globalSection<object>(account, 'iam', () => ({}));
  if (normalized.has(raw)) return raw as IamSection;
  const section = normalizeIam(raw, account.id);
  account.services['iam'] = section;
  normalized.add(section);
  return section;
}

export function notFound(kind: string, name: string): SimError {
  return new SimError('NoSuchEntity', `The ${kind} with name ${name} cannot be found.`, 404);
}

/** Reads a required string parameter (query input). */
export function param(input: Record<string, unknown>, name: string): string {
  const v = input[name];
  if (typeof v !== 'string' || v === '') throw new SimError('ValidationError', `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`, 400);
  return v;
}

export function findUser(s: IamSection, name: string): UserState {
  const u = s.Users.find((x) => x.UserName === name);
  if (!u) throw notFound('user', name);
  return u;
}

export function findGroup(s: IamSection, name: string): GroupState {
  const g = s.Groups.find((x) => x.GroupName === name);
  if (!g) throw notFound('group', name);
  return g;
}

export function findRole(s: IamSection, name: string): RoleState {
  const r = s.Roles.find((x) => x.RoleName === name);
  if (!r) throw notFound('role', name);
  return r;
}

export function findPolicy(s: IamSection, arn: string): ManagedPolicyState {
  const p = s.Policies.find((x) => x.Arn === arn) ?? s.AwsManagedPolicies.find((x) => x.Arn === arn);
  if (!p) throw new SimError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);
  return p;
}

/** How many users, groups and roles have the policy attached (IAM computes AttachmentCount the same way). */
export function attachmentCount(s: IamSection, arn: string): number {
  const has = (l: AttachedPolicyState[]) => l.some((a) => a.PolicyArn === arn);
  return s.Users.filter((u) => has(u.AttachedManagedPolicies)).length + s.Groups.filter((g) => has(g.AttachedManagedPolicies)).length + s.Roles.filter((r) => has(r.AttachedManagedPolicies)).length;
}

/** IAM returns policy documents URL-encoded (RFC 3986). */
export function encodeDocument(json: string): string {
  return encodeURIComponent(json);
}

export { normalizeIam };
