/**
 * The request as the evaluator reads it: condition keys case-insensitive, each key single- or multi-valued,
 * the principal's own keys (aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalTag/*, aws:PrincipalOrgID,
 * aws:PrincipalOrgPaths, aws:username, aws:userid is not derivable) filled in from the principal when the
 * caller did not supply them, and policy variables resolved from the same keys.
 */
import type { AuthorizationRequest } from './types.js';
import { isMultiValuedKey } from './iam-reference.js';

export interface ContextValue {
  readonly values: readonly string[];
  /** The request supplied a list (a set): plain operators do not match it, set operators do. */
  readonly list: boolean;
  /** Documented as multi-valued (or supplied as a list): never usable as a policy variable. */
  readonly multi: boolean;
}

export interface RequestContext {
  /** By lower-cased key (callers lower-case once, at compile time); undefined when the request lacks the key. */
  get(lowerKey: string): ContextValue | undefined;
  /** A policy variable's value (any case): only single-valued keys can be variables. */
  variable(key: string): string | undefined;
}

/** Principal kinds read from the ARN. */
export type PrincipalKind = 'user' | 'role' | 'session' | 'federated-user' | 'root' | 'service' | 'anonymous' | 'other';

export function principalKind(arn: string): PrincipalKind {
  if (arn === '*') return 'anonymous';
  if (/^arn:aws[a-z-]*:iam::\d{12}:user\//.test(arn)) return 'user';
  if (/^arn:aws[a-z-]*:iam::\d{12}:role\//.test(arn)) return 'role';
  if (/^arn:aws[a-z-]*:sts::\d{12}:assumed-role\//.test(arn)) return 'session';
  if (/^arn:aws[a-z-]*:sts::\d{12}:federated-user\//.test(arn)) return 'federated-user';
  if (/^arn:aws[a-z-]*:iam::\d{12}:root$/.test(arn)) return 'root';
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(arn)) return 'service';
  return 'other';
}

/** The account of an IAM/STS principal ARN. */
export function accountOfArn(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}

/** The role an assumed-role session belongs to (the session ARN carries no role path). */
export function roleOfSession(sessionArn: string): string | undefined {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(sessionArn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

function view(lowerKey: string, value: string | readonly string[]): ContextValue {
  const list = typeof value !== 'string';
  return { values: list ? value : [value], list, multi: list || isMultiValuedKey(lowerKey) };
}

/** Lower-cased key names by the name as written: property names are few and repeat in every request. */
const lowerNames = new Map<string, string>();

function lowerName(key: string): string {
  let lower = lowerNames.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerNames.size >= 10_000) lowerNames.clear();
    lowerNames.set(key, lower);
  }
  return lower;
}

/**
 * The request's own value for a key, found by reading the context's keys rather than through an index kept
 * per context object: a request asks for about one key, and an index per context (tens of thousands of them
 * in a graph) costs more in cache misses than reading a dozen names. The last spelling of a key wins.
 */
function ownValue(context: Readonly<Record<string, string | readonly string[]>>, lowerKey: string): string | readonly string[] | undefined {
  let found: string | undefined;
  for (const k in context) if (k.length === lowerKey.length && lowerName(k) === lowerKey) found = k;
  return found === undefined ? undefined : context[found];
}

const PRINCIPAL_TAG = 'aws:principaltag/';

/**
 * The keys AWS derives from the principal itself (for IAM principals only), computed when asked: most
 * requests never ask, and callers usually supply them in the context anyway.
 */
function derivedValue(p: AuthorizationRequest['principal'], kind: PrincipalKind, lowerKey: string): string | readonly string[] | undefined {
  if (kind === 'anonymous' || kind === 'service' || kind === 'other') return undefined;
  switch (lowerKey) {
    // aws:PrincipalArn of a role session is the role's ARN, not the session's.
    case 'aws:principalarn': return p.roleArn ?? (kind === 'session' ? roleOfSession(p.arn) : undefined) ?? p.arn;
    case 'aws:principalaccount': return p.account ?? accountOfArn(p.arn);
    case 'aws:username': return kind === 'user' ? p.arn.slice(p.arn.lastIndexOf('/') + 1) : undefined;
    case 'aws:principalorgid': return p.orgId;
    case 'aws:principalorgpaths': return p.orgPaths;
  }
  if (!p.tags || !lowerKey.startsWith(PRINCIPAL_TAG)) return undefined;
  let value: string | undefined;
  for (const tag in p.tags) if (PRINCIPAL_TAG + tag.toLowerCase() === lowerKey) value = p.tags[tag];
  return value;
}

/** The request's own keys win over those derived from the principal. */
export class RequestConditionContext implements RequestContext {
  constructor(
    private readonly request: AuthorizationRequest,
    private readonly kind: PrincipalKind,
  ) {}

  get(lowerKey: string): ContextValue | undefined {
    const own = this.request.context ? ownValue(this.request.context, lowerKey) : undefined;
    const value = own ?? derivedValue(this.request.principal, this.kind, lowerKey);
    return value === undefined ? undefined : view(lowerKey, value);
  }

  variable(key: string): string | undefined {
    const v = this.get(lowerName(key));
    return v && !v.multi && v.values.length === 1 ? v.values[0] : undefined;
  }
}

/** `kind` may be passed when the caller already classified the principal. */
export function buildRequestContext(request: AuthorizationRequest, kind: PrincipalKind = principalKind(request.principal.arn)): RequestContext {
  return new RequestConditionContext(request, kind);
}
