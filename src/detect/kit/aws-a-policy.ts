/**
 * Reading IAM policy documents as CloudTrail logs them in request parameters (a JSON string, sometimes
 * URL-encoded by older clients), for the identity detections: does a document grant admin, and whom
 * does a trust policy let in.
 */

/** A policy statement, loosely typed: logs carry whatever the caller sent. */
export interface PolicyStatement {
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly NotAction?: unknown;
  readonly Resource?: unknown;
  readonly Principal?: unknown;
  readonly NotPrincipal?: unknown;
  readonly Condition?: unknown;
}

/** A request parameter holding JSON (a string, or an object when the log already parsed it); undefined when it is neither. */
export function parseJsonParam(v: unknown): unknown {
  if (typeof v === 'object' && v !== null) return v;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  for (const text of [v, safeDecode(v)]) {
    if (text === undefined) continue;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON as given: try the URL-decoded form next.
    }
  }
  return undefined;
}

function safeDecode(v: string): string | undefined {
  if (!/%[0-9a-fA-F]{2}/.test(v)) return undefined;
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The statements of a policy document (a single statement object counts as a list of one). */
export function statementsOf(doc: unknown): PolicyStatement[] {
  if (typeof doc !== 'object' || doc === null) return [];
  const s = (doc as { Statement?: unknown }).Statement;
  if (Array.isArray(s)) return s.filter((x): x is PolicyStatement => typeof x === 'object' && x !== null);
  return typeof s === 'object' && s !== null ? [s as PolicyStatement] : [];
}

export const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** An IAM action pattern (`iam:Attach*`, `*`) as a case-insensitive matcher. */
export function actionMatcher(pattern: string): (action: string) => boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return (action) => re.test(action);
}

/**
 * IAM actions that let a principal grant itself (or anyone) more access: with any of them on every
 * resource, a policy is as good as admin.
 */
export const ESCALATION_ACTIONS: readonly string[] = [
  'iam:AttachUserPolicy', 'iam:AttachGroupPolicy', 'iam:AttachRolePolicy', 'iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy',
  'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:UpdateAssumeRolePolicy', 'iam:AddUserToGroup', 'iam:CreateAccessKey',
  'iam:CreateLoginProfile', 'iam:UpdateLoginProfile',
];

const everyResource = (resources: string[]) => resources.some((r) => r === '*' || /^arn:[^:]*:iam::[^:]*:(\*|(user|role|group|policy)\/\*)$/.test(r));

/**
 * Why a policy document amounts to admin, or undefined when it does not: an Allow of every action, of
 * everything but a few (`NotAction`), or of an IAM action that escalates, on every resource. Conditions
 * are not evaluated: a condition may narrow the grant, which the message cannot know, so it says so.
 */
export function adminGrant(doc: unknown): string | undefined {
  for (const s of statementsOf(doc)) {
    if (s.Effect !== 'Allow') continue;
    const resources = list(s.Resource);
    if (!everyResource(resources)) continue;
    const cond = s.Condition !== undefined ? ' (with a condition)' : '';
    if (s.NotAction !== undefined) return `allows every action except ${list(s.NotAction).join(', ') || 'a list'} on every resource${cond}`;
    const actions = list(s.Action);
    if (actions.some((a) => a === '*' || a === '*:*')) return `allows every action on every resource${cond}`;
    if (actions.some((a) => /^iam:\*$/i.test(a))) return `allows every IAM action on every resource${cond}`;
    for (const a of actions) {
      const m = actionMatcher(a);
      const hit = ESCALATION_ACTIONS.find((x) => m(x));
      if (hit) return `allows ${a} (${hit}) on every resource${cond}, enough to grant itself admin`;
    }
  }
  return undefined;
}

/** AWS managed policies that hand over the account (admin) or nearly all of it. */
const PRIVILEGED_MANAGED: Readonly<Record<string, string>> = {
  AdministratorAccess: 'full admin',
  IAMFullAccess: 'full IAM, enough to become admin',
  PowerUserAccess: 'nearly every service except IAM and Organizations',
  'AdministratorAccess-Amplify': 'admin-level rights including IAM role management',
  'AdministratorAccess-AWSElasticBeanstalk': 'admin-level rights including role passing',
  AWSOrganizationsFullAccess: 'control of the whole organization',
};

/** The name and meaning of a privileged AWS managed policy ARN (any partition), else undefined. */
export function privilegedManagedPolicy(arn: unknown): { name: string; grants: string } | undefined {
  if (typeof arn !== 'string') return undefined;
  const m = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn);
  const name = m?.[1];
  if (!name || !(name in PRIVILEGED_MANAGED)) return undefined;
  return { name, grants: PRIVILEGED_MANAGED[name]! };
}

/** Condition keys that tie a `*` principal to known accounts or an organization: such a statement is not public. */
const SCOPING_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:sourceorgid', 'aws:userid', 'aws:sourceidentity']);

function scoped(condition: unknown): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  return Object.values(condition as Record<string, unknown>).some((block) => typeof block === 'object' && block !== null && Object.keys(block).some((k) => SCOPING_KEYS.has(k.toLowerCase())));
}

/** Whom a role trust policy lets assume the role: anyone (a `*` principal with no scoping condition) and which AWS accounts. */
export function trustedPrincipals(doc: unknown): { readonly anyone: boolean; readonly accounts: ReadonlySet<string> } {
  let anyone = false;
  const accounts = new Set<string>();
  for (const s of statementsOf(doc)) {
    if (s.Effect !== 'Allow') continue;
    const actions = list(s.Action);
    if (actions.length > 0 && !actions.some((a) => actionMatcher(a)('sts:AssumeRole'))) continue;
    if (s.NotPrincipal !== undefined) {
      if (!scoped(s.Condition)) anyone = true;
      continue;
    }
    const p = s.Principal;
    const aws = p === '*' ? ['*'] : typeof p === 'object' && p !== null ? list((p as { AWS?: unknown }).AWS) : [];
    for (const a of aws) {
      if (a === '*') {
        if (!scoped(s.Condition)) anyone = true;
        continue;
      }
      const account = /^\d{12}$/.test(a) ? a : /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(a)?.[1];
      if (account) accounts.add(account);
    }
  }
  return { anyone, accounts };
}
