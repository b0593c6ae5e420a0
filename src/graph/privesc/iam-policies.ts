/**
 * Rewriting the policies that already apply to oneself: a new default version of an attached customer-managed
 * policy, an older version made default, AdministratorAccess attached, or an admin inline policy written, on
 * oneself, one's groups, or a role one can assume. Each yields administrator of the account.
 */
import type { Resource } from '../../model/core/index.js';
import { principalArn } from '../access.js';
import { requireAll, type Escalation, type PrivescEnv, type Technique } from './types.js';

const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

export function groupsOf(p: Resource, env: PrivescEnv): Resource[] {
  if (p.type !== 'aws.iam.user') return [];
  const groups = (p.properties as { groups?: { kind: string; value?: readonly string[] } }).groups;
  return (groups?.value ?? []).map((g) => env.ctx.get(g)).filter((g): g is Resource => g !== undefined);
}

/** Customer-managed policy ARNs attached to the principal or (users) its groups. */
function attachedCustomerPolicies(p: Resource, env: PrivescEnv): { arn: string; via: string }[] {
  const out: { arn: string; via: string }[] = [];
  for (const owner of [p, ...groupsOf(p, env)]) {
    const attached = (owner.properties as { attachedPolicies?: { kind: string; value?: readonly string[] } }).attachedPolicies;
    for (const ref of attached?.value ?? []) {
      if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(ref)) continue;
      const policy = env.ctx.get(ref);
      const arnValue = policy ? (policy.properties as { arn?: { kind: string; value?: string } }).arn : undefined;
      const arn = arnValue && arnValue.kind !== 'unresolvable' && arnValue.value ? arnValue.value : ref;
      out.push({ arn, via: owner === p ? p.name : `group ${owner.name}` });
    }
  }
  return out;
}

const admin = { kind: 'admin' } as const;

const createPolicyVersion: Technique = {
  id: 'create-policy-version',
  title: 'Writes a new default version of a policy attached to itself',
  requires: ['iam:CreatePolicyVersion on a customer-managed policy attached to the principal or its group'],
  description: 'CreatePolicyVersion with SetAsDefault replaces what an attached policy grants, so the principal can give itself any permission.',
  find: (p, env) =>
    attachedCustomerPolicies(p, env).flatMap(({ arn, via }): Escalation[] => {
      const steps = requireAll(env, p, [['iam:CreatePolicyVersion', arn]]);
      return steps ? [{ technique: 'create-policy-version', principal: p, gain: admin, certainty: 'proven', steps: [...steps, `policy ${arn} is attached to ${via}`] }] : [];
    }),
};

const setDefaultPolicyVersion: Technique = {
  id: 'set-default-policy-version',
  title: 'Makes another version of a policy attached to itself the default',
  requires: ['iam:SetDefaultPolicyVersion on a customer-managed policy attached to the principal or its group'],
  description: 'An older or newer non-default version may grant more than the default one; the scan holds only default versions, so what it yields is unknown.',
  find: (p, env) =>
    attachedCustomerPolicies(p, env).flatMap(({ arn, via }): Escalation[] => {
      const steps = requireAll(env, p, [['iam:SetDefaultPolicyVersion', arn]]);
      return steps ? [{ technique: 'set-default-policy-version', principal: p, gain: admin, certainty: 'possible', steps: [...steps, `policy ${arn} is attached to ${via}; its other versions are not in the scan`] }] : [];
    }),
};

/** Targets of the attach/put techniques of one principal kind: itself, its groups, or roles it can assume. */
function targetsOf(kind: 'user' | 'group' | 'role', p: Resource, env: PrivescEnv): { arn: string; how: string }[] {
  if (kind === 'user') return p.type === 'aws.iam.user' ? [{ arn: principalArn(p), how: 'on itself' }] : [];
  if (kind === 'group') return groupsOf(p, env).map((g) => ({ arn: principalArn(g), how: `on its group ${g.name}` }));
  const own = p.type === 'aws.iam.role' ? [{ arn: principalArn(p), how: 'on itself' }] : [];
  return [...own, ...env.assumable(p).map((r) => ({ arn: principalArn(r), how: `on role ${r.name}, which it can assume` }))];
}

function policyWriter(verb: 'attach' | 'put', kind: 'user' | 'group' | 'role'): Technique {
  const Kind = kind[0]!.toUpperCase() + kind.slice(1);
  const action = verb === 'attach' ? `iam:Attach${Kind}Policy` : `iam:Put${Kind}Policy`;
  const id = `${verb}-${kind}-policy`;
  return {
    id,
    title: verb === 'attach' ? `Attaches AdministratorAccess to a ${kind} it acts as` : `Writes an administrator inline policy into a ${kind} it acts as`,
    requires: [`${action} on itself, its group or a role it can assume`],
    description: `${action} lets the principal grant ${kind === 'user' ? 'itself' : `the ${kind} it acts as`} any permission.`,
    find: (p, env) =>
      targetsOf(kind, p, env).flatMap(({ arn, how }): Escalation[] => {
        const context = verb === 'attach' ? { 'iam:PolicyARN': ADMIN_POLICY } : undefined;
        const steps = requireAll(env, p, [[action, arn, context ? { context } : undefined]]);
        return steps ? [{ technique: id, principal: p, gain: admin, certainty: 'proven', steps: [...steps, `${verb === 'attach' ? 'attaches AdministratorAccess' : 'writes an Allow *:* inline policy'} ${how}`] }] : [];
      }),
  };
}

export const IAM_POLICY_TECHNIQUES: readonly Technique[] = [
  createPolicyVersion,
  setDefaultPolicyVersion,
  ...(['user', 'group', 'role'] as const).flatMap((k) => [policyWriter('attach', k), policyWriter('put', k)]),
];

