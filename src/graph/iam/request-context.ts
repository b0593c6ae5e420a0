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

function view(key: string, value: string | readonly string[]): ContextValue {
  const list = typeof value !== 'string';
  return { values: list ? value : [value], list, multi: list || isMultiValuedKey(key) };
}

/**
 * A request context's keys by lower-cased name. Contexts are read-only, and one context object often serves
 * many questions (who can do X under these conditions), so each object is indexed once.
 */
const indexedContexts = new WeakMap<object, Map<string, ContextValue>>();

function indexContext(context: Readonly<Record<string, string | readonly string[]>>): Map<string, ContextValue> {
  let keys = indexedContexts.get(context);
  if (!keys) {
    keys = new Map();
    for (const k in context) {
      const lower = k.toLowerCase();
      keys.set(lower, view(lower, context[k]!));
    }
    indexedContexts.set(context, keys);
  }
  return keys;
}

/** The keys AWS derives from the principal itself, once per principal object. */
const indexedPrincipals = new WeakMap<object, Map<string, ContextValue>>();

function principalKeys(p: AuthorizationRequest['principal'], kind: PrincipalKind): Map<string, ContextValue> {
  let keys = indexedPrincipals.get(p);
  if (keys) return keys;
  keys = new Map();
  const add = (key: string, value: string | readonly string[] | undefined) => value !== undefined && keys!.set(key, view(key, value));
  if (kind !== 'anonymous' && kind !== 'service' && kind !== 'other') {
    // aws:PrincipalArn of a role session is the role's ARN, not the session's.
    add('aws:principalarn', p.roleArn ?? (kind === 'session' ? roleOfSession(p.arn) : undefined) ?? p.arn);
    add('aws:principalaccount', p.account ?? accountOfArn(p.arn));
    if (kind === 'user') add('aws:username', p.arn.slice(p.arn.lastIndexOf('/') + 1));
    const tags = p.tags ?? {};
    for (const tag in tags) add(`aws:principaltag/${tag.toLowerCase()}`, tags[tag]);
    add('aws:principalorgid', p.orgId);
    add('aws:principalorgpaths', p.orgPaths);
  }
  indexedPrincipals.set(p, keys);
  return keys;
}

const NO_CONTEXT: Readonly<Record<string, string>> = {};

/** The request's own keys win over those derived from the principal; both are indexed on first use. */
class IndexedRequestContext implements RequestContext {
  private own: Map<string, ContextValue> | undefined;
  private derived: Map<string, ContextValue> | undefined;

  constructor(
    private readonly request: AuthorizationRequest,
    private readonly kind: PrincipalKind,
  ) {}

  get(lowerKey: string): ContextValue | undefined {
    this.own ??= indexContext(this.request.context ?? NO_CONTEXT);
    const v = this.own.get(lowerKey);
    if (v !== undefined) return v;
    this.derived ??= principalKeys(this.request.principal, this.kind);
    return this.derived.get(lowerKey);
  }

  variable(key: string): string | undefined {
    const v = this.get(key.toLowerCase());
    return v && !v.multi && v.values.length === 1 ? v.values[0] : undefined;
  }
}

/** `kind` may be passed when the caller already classified the principal. */
export function buildRequestContext(request: AuthorizationRequest, kind: PrincipalKind = principalKind(request.principal.arn)): RequestContext {
  return new IndexedRequestContext(request, kind);
}
