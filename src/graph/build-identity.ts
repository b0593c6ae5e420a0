/**
 * Identity edges: users, groups and roles as nodes; member-of; is-admin; and can-assume from every principal
 * a role's trust policy names, decided by the evaluator with the trust policy as the resource policy and the
 * caller's identity policies (both sides must allow, except where AWS lets a trust policy that names the
 * principal's ARN decide alone: the evaluator knows that rule). Services, federation providers and accounts
 * outside the scan become nodes of their own.
 */
import { isKnown, type Resource } from '../model/core/index.js';
import { asList, type PolicyDocument } from '../model/aws/policy.js';
import type { IamRole } from '../model/aws/iam.js';
import { accountOf, principalArn } from './access.js';
import { judgeAdministrator } from './admin.js';
import { BuildContext } from './build-context.js';
import type { NodeKind } from './model.js';

/** The principals a trust policy's Allow statements name, by kind. */
export interface Trustees {
  readonly aws: readonly string[];
  readonly services: readonly string[];
  readonly federated: readonly { readonly provider: string; readonly conditions: string }[];
}

export function trusteesOf(doc: PolicyDocument): Trustees {
  const aws = new Set<string>();
  const services = new Set<string>();
  const federated: { provider: string; conditions: string }[] = [];
  for (const st of doc.Statement) {
    if (st.Effect !== 'Allow' || !st.Principal) continue;
    if (st.Principal === '*') {
      aws.add('*');
      continue;
    }
    for (const a of asList(st.Principal['AWS'])) aws.add(a);
    for (const s of asList(st.Principal['Service'])) services.add(s);
    for (const f of asList(st.Principal['Federated'])) federated.push({ provider: f, conditions: st.Condition ? JSON.stringify(st.Condition) : '' });
  }
  return { aws: [...aws], services: [...services], federated };
}

const PRINCIPAL_KINDS: readonly [string, NodeKind][] = [['aws.iam.user', 'user'], ['aws.iam.group', 'group'], ['aws.iam.role', 'role']];

/** Places every user, group and role, with member-of and is-admin edges. */
export function addPrincipals(ctx: BuildContext): void {
  for (const [type, kind] of PRINCIPAL_KINDS) for (const r of ctx.ofType(type as 'aws.iam.user')) ctx.nodeFor(r, kind);
  for (const u of ctx.ofType('aws.iam.user')) {
    if (!isKnown(u.properties.groups)) continue;
    for (const g of u.properties.groups.value) {
      const gn = ctx.placed(g);
      if (gn !== undefined) ctx.builder.edge(ctx.placed(u.uid)!, gn, 'member-of', { summary: `${u.name} is a member of group ${ctx.get(g)?.name ?? g}` });
    }
  }
  for (const type of ['aws.iam.user', 'aws.iam.role', 'aws.iam.group'] as const) {
    for (const p of ctx.ofType(type)) {
      const v = judgeAdministrator(ctx.access, p);
      if (v.status !== 'allow') continue;
      ctx.admins.add(p.uid);
      ctx.builder.edge(ctx.placed(p.uid)!, ctx.admin(p.account), 'is-admin', { summary: `${p.name} is allowed every administrator probe on *`, steps: [v.detail] });
    }
  }
}

/** Principals of the scan in `account` (users and roles: groups cannot call AWS). */
function principalsIn(ctx: BuildContext, account: string | undefined): readonly Resource[] {
  if (account === undefined) return ctx.memo('all-principals', () => [...ctx.ofType('aws.iam.user'), ...ctx.ofType('aws.iam.role')]);
  return ctx.memo(`principals:${account}`, () => [...ctx.inAccount('aws.iam.user', account), ...ctx.inAccount('aws.iam.role', account)]);
}

/** can-assume and cross-account edges into every role whose trust policy is known. */
export function addTrustEdges(ctx: BuildContext): void {
  const scannedAccounts = new Set(principalsIn(ctx, undefined).map((p) => p.account));
  for (const role of ctx.ofType('aws.iam.role')) {
    if (!isKnown(role.properties.trustPolicy)) continue;
    const trust = { id: `trust-policy:${role.name}`, document: role.properties.trustPolicy.value };
    const roleArn = principalArn(role);
    const roleNode = ctx.placed(role.uid)!;
    const target = { resourcePolicy: trust, ...(role.account ? { resourceAccount: role.account } : {}) };
    const t = trusteesOf(trust.document);
    const candidates = new Map<string, Resource>();
    const outsiders = new Set<string>();
    for (const a of t.aws) {
      const acct = /^\d{12}$/.test(a) ? a : /:root$/.test(a) ? accountOf(a) : undefined;
      if (a === '*') {
        for (const p of principalsIn(ctx, undefined)) candidates.set(p.uid, p);
        outsiders.add('*');
      } else if (acct !== undefined) {
        if (scannedAccounts.has(acct)) for (const p of principalsIn(ctx, acct)) candidates.set(p.uid, p);
        else outsiders.add(acct);
      } else {
        const p = ctx.get(a);
        if (p && p.type !== 'aws.iam.group') candidates.set(p.uid, p);
        else if (accountOf(a) && !scannedAccounts.has(accountOf(a))) outsiders.add(a);
      }
    }
    for (const p of candidates.values()) {
      if (p.uid === role.uid) continue;
      const d = ctx.access.canDo(p, 'sts:AssumeRole', roleArn, target);
      if (d.status !== 'allow') continue;
      BuildContext.push(ctx.assumes, p.uid, role);
      const kind = p.account !== role.account ? 'cross-account' : 'can-assume';
      ctx.builder.edge(ctx.placed(p.uid)!, roleNode, kind, { summary: `${p.name} can assume ${role.name}: ${d.explanation.summary}` });
    }
    for (const o of outsiders) {
      const probe = o === '*' ? '999999999999' : o;
      const d = ctx.access.canOutsiderDo(probe, 'sts:AssumeRole', roleArn, target);
      if (d.status !== 'allow') continue;
      const key = o === '*' ? 'external:*' : `external:${accountOf(o) ?? o}`;
      const label = o === '*' ? 'any AWS account' : `account ${accountOf(o) ?? o}`;
      const n = ctx.builder.node('external-account', key, label, o === '*' ? undefined : (accountOf(o) ?? o));
      ctx.builder.edge(n, roleNode, 'cross-account', { summary: `${label} can assume ${role.name}: ${d.explanation.summary}` });
    }
    addServiceAndFederation(ctx, role, roleArn, roleNode, t, target);
  }
}

function addServiceAndFederation(ctx: BuildContext, role: IamRole, roleArn: string, roleNode: number, t: Trustees, target: { resourcePolicy: { id: string; document: PolicyDocument } }): void {
  for (const s of t.services) {
    const d = ctx.access.canOutsiderDo(s, 'sts:AssumeRole', roleArn, target);
    if (d.status !== 'allow') continue;
    BuildContext.push(ctx.trusting, s, role);
    const n = ctx.builder.node('service', `service:${s}`, s);
    ctx.builder.edge(n, roleNode, 'can-assume', { summary: `the trust policy of ${role.name} lets ${s} assume it` });
  }
  // Federated trust is conditioned on token claims the scan cannot know (the OIDC subject, the SAML audience):
  // the edge is drawn with its conditions spelled out, so a reader judges who holds such tokens.
  for (const f of t.federated) {
    const n = ctx.builder.node('federation', `federation:${f.provider}`, f.provider.replace(/^arn:aws[a-z-]*:iam::\d{12}:/, ''));
    ctx.builder.edge(n, roleNode, 'can-assume', { summary: `the trust policy of ${role.name} lets identities of ${f.provider} assume it`, steps: f.conditions ? [`conditions: ${f.conditions}`] : [] });
  }
}

/** The role an instance profile carries: from the role's `instanceProfiles` when the source lists them, else by name. */
export function roleOfInstanceProfile(ctx: BuildContext, profile: string, account: string | undefined): { role: IamRole; how: string } | undefined {
  const index = ctx.memo('instance-profiles', () => {
    const listed = new Map<string, IamRole>();
    const byName = new Map<string, IamRole>();
    for (const r of ctx.ofType('aws.iam.role')) {
      const profiles = r.properties.instanceProfiles;
      if (profiles && isKnown(profiles)) for (const p of profiles.value) listed.set(p, r);
      byName.set(`${r.account ?? ''}/${isKnown(r.properties.roleName) ? r.properties.roleName.value : r.name}`, r);
    }
    return { listed, byName };
  });
  const hit = index.listed.get(profile);
  if (hit) return { role: hit, how: `the role lists instance profile ${profile}` };
  // IAM's console and most IaC modules name the profile after its role; used only when no role lists the profile.
  const name = profile.split('/').pop() ?? profile;
  const byName = index.byName.get(`${account ?? ''}/${name}`);
  return byName ? { role: byName, how: `instance profile ${name} is named after role ${byName.name} (the scan does not list profile roles)` } : undefined;
}
