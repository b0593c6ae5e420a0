/**
 * Cross-account sharing checks shared by the storage and data rules: resource policies (buckets, KMS keys,
 * topics, queues, secrets) that name another account, and share lists (EBS snapshots, AMIs, RDS snapshots)
 * that name accounts. Accounts of the scanned organization are not "foreign" when the inventory lists them
 * (Organizations data from the management account); a grant limited by aws:PrincipalOrgID/OrgPaths is not either.
 */
import { isKnown, type Resource, type Value } from '../../model/core/index.js';
import { asList, type PolicyDocument, type PolicyStatement } from '../../model/aws/policy.js';
import { accountOfPrincipal, isAnyonePrincipal } from './aws-policy.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';
import { organizationMembers } from './aws-accounts.js';

const ORG_KEYS = /^aws:principalorg(id|paths)$/i;

/** Whether a statement's conditions keep it inside the caller's organization. */
export function limitedToOrganization(st: PolicyStatement): boolean {
  return Object.values(st.Condition ?? {}).some((block) => Object.keys(block).some((k) => ORG_KEYS.test(k)));
}

/** Accounts named by an account principal (ARN or id) of a statement; `*` and service principals name none. */
export function principalAccounts(st: PolicyStatement): string[] {
  if (st.Principal === undefined || st.Principal === '*') return [];
  return [...new Set(asList(st.Principal['AWS']).map(accountOfPrincipal).filter((a): a is string => a !== undefined))];
}

export interface CrossAccountSpec {
  /** Which Allow statements matter (e.g. those covering read actions); all Allow statements by default. */
  readonly statement?: (st: PolicyStatement) => boolean;
  /** "key", "topic", ...: used in messages. */
  readonly subject: string;
}

/** The owner named by the policy's own Resource ARNs (`arn:aws:sns:us-east-1:111122223333:topic`), when they agree on one. */
function ownerFromResources(doc: PolicyDocument): string | undefined {
  const owners = new Set<string>();
  for (const st of doc.Statement) for (const r of asList(st.Resource)) {
    const m = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/.exec(r);
    if (m) owners.add(m[1]!);
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * One outcome per Allow statement granting accounts other than the resource's own and outside the
 * organization. Statements open to anyone are the public-policy rules' business and are skipped here. When
 * the owner is not known (IaC) it is read from the policy's Resource ARNs; failing that, a policy naming two
 * or more accounts fails as a whole (at most one is the owner) and one naming a single account is unknown.
 */
export function crossAccountPolicyOutcomes(resource: Resource, path: string, policy: Value<PolicyDocument | null>, ctx: RuleContext, spec: CrossAccountSpec): Outcome[] {
  const ev = evidence(path, policy as Value<unknown>);
  if (!isKnown(policy)) return [unknown(`${path} could not be determined: ${policy.reason ?? 'unresolvable'}`, ev)];
  if (policy.value === null) return [pass(`The ${spec.subject} has no resource policy`, ev)];
  const own = resource.account ?? ownerFromResources(policy.value);
  const org = organizationMembers(ctx);
  const out: Outcome[] = [];
  const named = new Set<string>();
  policy.value.Statement.forEach((st, i) => {
    if (st.Effect !== 'Allow' || isAnyonePrincipal(st.Principal) || limitedToOrganization(st)) return;
    if (spec.statement && !spec.statement(st)) return;
    const accounts = principalAccounts(st).filter((a) => !org.has(a));
    accounts.forEach((a) => named.add(a));
    const foreign = own ? accounts.filter((a) => a !== own) : [];
    if (foreign.length > 0) out.push(at(fail(`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''} grants account(s) ${foreign.join(', ')} outside this account and its organization`, ev), `Statement[${i}]`, policy.source));
  });
  if (out.length > 0) return out;
  if (!own && named.size >= 2) return [fail(`The ${spec.subject} policy grants accounts ${[...named].join(', ')}: at most one of them is the owner`, ev)];
  if (!own && named.size === 1) return [unknown(`The ${spec.subject} policy grants account ${[...named][0]}; the ${spec.subject}'s own account is not known, so whether that is another account cannot be told`, ev)];
  return [pass(`No statement of the ${spec.subject} policy grants an account outside ${own ? 'this account and its organization' : 'the owner'}`, ev)];
}

/**
 * Verdict on a share list (snapshot restore / create-volume / launch permissions): fail when it names
 * accounts other than the owner and outside the organization. `all` (public) is left to the public rules.
 */
export function sharedAccountsOutcome(resource: Resource, path: string, shares: Value<readonly string[]>, ctx: RuleContext, subject: string): Outcome {
  const ev = evidence(path, shares as Value<unknown>);
  if (!isKnown(shares)) return unknown(`${path} could not be determined: ${shares.reason ?? 'unresolvable'}`, ev);
  const org = organizationMembers(ctx);
  const foreign = shares.value.filter((a) => /^\d{12}$/.test(a) && a !== resource.account && !org.has(a));
  if (foreign.length > 0) return fail(`The ${subject} is shared with account(s) outside the organization: ${foreign.join(', ')}`, ev);
  return pass(`The ${subject} is not shared with accounts outside the organization`, ev);
}
