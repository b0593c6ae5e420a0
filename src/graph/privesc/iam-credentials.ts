/**
 * Becoming someone else through IAM: joining a group, minting another user's console password or access key,
 * or rewriting a role's trust policy to name oneself. Each gains the other principal's permissions; whether
 * that reaches administrator is the graph's question (paths over can-escalate edges).
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { IamUser } from '../../model/aws/iam.js';
import { principalArn } from '../access.js';
import { groupsOf } from './iam-policies.js';
import { requireAll, type Escalation, type Technique } from './types.js';

const others = <R extends Resource>(p: Resource, list: readonly R[]): readonly R[] => list.filter((x) => x.uid !== p.uid);

const addUserToGroup: Technique = {
  id: 'add-user-to-group',
  title: 'Adds itself to a group',
  requires: ['iam:AddUserToGroup on a group it is not in (the principal is a user)'],
  description: 'A user allowed AddUserToGroup on a group can join it and gain everything the group grants.',
  find: (p, env) => {
    if (p.type !== 'aws.iam.user') return [];
    const mine = new Set(groupsOf(p, env).map((g) => g.uid));
    return others(p, env.ctx.inAccount('aws.iam.group', p.account)).flatMap((g): Escalation[] => {
      if (mine.has(g.uid)) return [];
      const steps = requireAll(env, p, [['iam:AddUserToGroup', principalArn(g)]]);
      return steps ? [{ technique: 'add-user-to-group', principal: p, gain: { kind: 'principal', target: g }, certainty: 'proven', steps }] : [];
    });
  },
};

/** A technique over other users of the account, with a precondition read from the target's state. */
function userCredential(id: string, action: string, title: string, description: string, precondition: (u: IamUser) => string | undefined): Technique {
  return {
    id,
    title,
    requires: [`${action} on another user`],
    description,
    find: (p, env) =>
      others(p, env.ctx.inAccount('aws.iam.user', p.account)).flatMap((u): Escalation[] => {
        const why = precondition(u);
        if (why === undefined) return [];
        const steps = requireAll(env, p, [[action, principalArn(u)]]);
        return steps ? [{ technique: id, principal: p, gain: { kind: 'principal', target: u }, certainty: 'proven', steps: [...steps, why] }] : [];
      }),
  };
}

const createLoginProfile = userCredential(
  'create-login-profile', 'iam:CreateLoginProfile', 'Sets a console password for a user that has none',
  'CreateLoginProfile on a user without a console password lets the principal sign in as that user.',
  (u) => (isKnown(u.properties.hasConsolePassword) && !u.properties.hasConsolePassword.value ? `${u.name} has no console password yet` : undefined),
);
const updateLoginProfile = userCredential(
  'update-login-profile', 'iam:UpdateLoginProfile', "Resets another user's console password",
  'UpdateLoginProfile on a user with a console password lets the principal choose the password and sign in as that user.',
  (u) => (isKnown(u.properties.hasConsolePassword) && u.properties.hasConsolePassword.value ? `${u.name} has a console password` : undefined),
);
const createAccessKey = userCredential(
  'create-access-key', 'iam:CreateAccessKey', 'Creates an access key for another user',
  'CreateAccessKey on another user (who has fewer than two keys) hands the principal that user’s credentials.',
  (u) => (isKnown(u.properties.accessKeys) && u.properties.accessKeys.value.length < 2 ? `${u.name} has ${u.properties.accessKeys.value.length} access key(s), below the limit of two` : undefined),
);

const updateAssumeRolePolicy: Technique = {
  id: 'update-assume-role-policy',
  title: "Rewrites a role's trust policy to name itself",
  requires: ['iam:UpdateAssumeRolePolicy on a role', 'sts:AssumeRole on that role'],
  description: 'A trust policy that names the principal lets it assume the role; UpdateAssumeRolePolicy lets it write one.',
  find: (p, env) => {
    const canAlready = new Set(env.assumable(p).map((r) => r.uid));
    return others(p, env.ctx.inAccount('aws.iam.role', p.account)).flatMap((r): Escalation[] => {
      if (canAlready.has(r.uid) || /:role\/aws-service-role\//.test(principalArn(r))) return [];
      const arn = principalArn(r);
      // The rewritten trust names the principal's ARN, which in the same account grants AssumeRole on its own;
      // asking with that trust policy lets the evaluator apply the boundary and any explicit deny.
      const trust = { id: `rewritten-trust:${r.name}`, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: principalArn(p) }, Action: 'sts:AssumeRole' }] } };
      const steps = requireAll(env, p, [['iam:UpdateAssumeRolePolicy', arn], ['sts:AssumeRole', arn, { resourcePolicy: trust, ...(r.account ? { resourceAccount: r.account } : {}) }]]);
      return steps ? [{ technique: 'update-assume-role-policy', principal: p, gain: { kind: 'principal', target: r }, certainty: 'proven', steps }] : [];
    });
  },
};

export const IAM_CREDENTIAL_TECHNIQUES: readonly Technique[] = [addUserToGroup, createLoginProfile, updateLoginProfile, createAccessKey, updateAssumeRolePolicy];
