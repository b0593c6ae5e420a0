/**
 * Principal / NotPrincipal of resource-based policies, compiled into sets. How a request principal matches
 * decides what the resource policy grants (the "principal-type subtleties" of the evaluation logic):
 *
 * - `wildcard`: `*` or `{"AWS": "*"}` names everyone, anonymous callers included;
 * - `direct`: the exact user, role session, federated user, service, federated provider or canonical user;
 * - `role`: the role's ARN names the request's role (or a session of it): AWS grants the session through
 *   its role, so permissions boundaries and session policies still limit it;
 * - `account`: the account id or `:root` ARN names the principal's account, which delegates the decision to
 *   that account's identity-based policies;
 * - `none`.
 */
import type { PolicyPrincipal } from '../../model/aws/policy.js';
import { accountOfArn, principalKind, roleOfSession, type PrincipalKind } from './request-context.js';

export type PrincipalMatch = 'wildcard' | 'direct' | 'role' | 'account' | 'none';

/** The request principal, classified once per request. */
export interface PrincipalInfo {
  readonly arn: string;
  readonly kind: PrincipalKind;
  readonly account?: string;
  /** For sessions (and roles themselves): `account:role-name`, the identity a role ARN in a policy names. */
  readonly roleKey?: string;
  /** A service-linked role or its session (SCPs and RCPs do not govern them); known only from a role ARN with its path. */
  readonly serviceLinked: boolean;
}

export interface CompiledPrincipals {
  /** As written, for explanations. */
  readonly source: PolicyPrincipal;
  match(principal: PrincipalInfo): PrincipalMatch;
}

/** Role ARNs match regardless of path: a session ARN carries only the role's name. */
export function roleKeyOf(roleArn: string): string | undefined {
  const m = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** One classification and what it was asked with. */
interface Classified {
  readonly account: string | undefined;
  readonly roleArn: string | undefined;
  readonly info: PrincipalInfo;
}

/**
 * Requests repeat the same few principals: classify each once (bounded). Keyed by the ARN alone rather than
 * by a key string built per request, in a prototype-less object (faster than a Map for string keys in V8).
 */
let known: Record<string, Classified[]> = Object.create(null) as Record<string, Classified[]>;
let knownCount = 0;

export function principalInfo(arn: string, account?: string, roleArn?: string): PrincipalInfo {
  let seen = known[arn];
  if (seen) {
    for (let i = 0; i < seen.length; i++) if (seen[i]!.account === account && seen[i]!.roleArn === roleArn) return seen[i]!.info;
  } else {
    if (++knownCount > 10_000) {
      known = Object.create(null) as Record<string, Classified[]>;
      knownCount = 1;
    }
    known[arn] = seen = [];
  }
  const info = classify(arn, account, roleArn);
  seen.push({ account, roleArn, info });
  return info;
}

function classify(arn: string, account?: string, roleArn?: string): PrincipalInfo {
  const kind = principalKind(arn);
  const role = roleArn ?? (kind === 'session' ? roleOfSession(arn) : kind === 'role' ? arn : undefined);
  const roleKey = role ? roleKeyOf(role) : undefined;
  const acct = account ?? accountOfArn(arn);
  const serviceLinked = (roleArn ?? arn).includes(':role/aws-service-role/');
  return { arn, kind, serviceLinked, ...(acct ? { account: acct } : {}), ...(roleKey ? { roleKey } : {}) };
}

function list(v: string | readonly string[] | undefined): readonly string[] {
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

export function compilePrincipals(source: PolicyPrincipal): CompiledPrincipals {
  let wildcard = source === '*';
  const exact = new Set<string>();
  const roles = new Set<string>();
  const accounts = new Set<string>();
  if (source !== '*') {
    for (const [kind, values] of Object.entries(source)) {
      for (const value of list(values)) {
        if (value === '*' && (kind === 'AWS' || kind === 'CanonicalUser')) wildcard = true;
        else if (kind !== 'AWS') exact.add(value);
        else if (/^\d{12}$/.test(value)) accounts.add(value);
        else if (/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(value)) accounts.add(accountOfArn(value)!);
        else {
          const roleKey = roleKeyOf(value);
          if (roleKey) roles.add(roleKey);
          else exact.add(value);
        }
      }
    }
  }
  return {
    source,
    match(p) {
      if (wildcard) return 'wildcard';
      if (p.kind === 'anonymous') return 'none';
      if (exact.has(p.arn)) return 'direct';
      if (p.roleKey !== undefined && roles.has(p.roleKey)) return 'role';
      if (p.account !== undefined && p.kind !== 'service' && accounts.has(p.account)) return 'account';
      return 'none';
    },
  };
}
