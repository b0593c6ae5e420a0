import { asList, type PolicyDocument, type PolicyPrincipal, type PolicyStatement } from '../../model/aws/policy.js';

/** IAM wildcard match (`*` any run, `?` one character), case-insensitive as IAM matches actions. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = true): boolean {
  return wildcardRegExp(pattern, caseInsensitive).test(value);
}

/** Compiled patterns: policies repeat the same few actions across thousands of statements and rules. */
const compiled = new Map<string, RegExp>();

function wildcardRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const key = (caseInsensitive ? 'i' : 's') + pattern;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', caseInsensitive ? 'i' : '');
    // Bounded: patterns come from scanned input.
    if (compiled.size < 5000) compiled.set(key, re);
  }
  return re;
}

/** Whether a statement's Action/NotAction covers `action` (e.g. `s3:GetObject`). */
export function statementCoversAction(st: PolicyStatement, action: string): boolean {
  if (st.Action !== undefined) return asList(st.Action).some((p) => wildcardMatch(p, action));
  if (st.NotAction !== undefined) return !asList(st.NotAction).some((p) => wildcardMatch(p, action));
  return false;
}

/** Whether a statement's Resource/NotResource covers every resource (`*`). */
export function statementCoversAllResources(st: PolicyStatement): boolean {
  if (st.Resource !== undefined) return asList(st.Resource).includes('*');
  if (st.NotResource !== undefined) return asList(st.NotResource).length === 0;
  return false;
}

/** An Allow of every action (`*`, or NotAction) on every resource, without conditions: full admin. */
export function isAdminStatement(st: PolicyStatement): boolean {
  if (st.Effect !== 'Allow' || st.Condition !== undefined) return false;
  const allActions = asList(st.Action).includes('*') || (st.NotAction !== undefined && asList(st.NotAction).length > 0 && st.Action === undefined);
  return allActions && statementCoversAllResources(st);
}

/** Actions of the form `service:*` allowed on every resource (service-wide wildcards). */
export function serviceWildcardActions(st: PolicyStatement): string[] {
  if (st.Effect !== 'Allow' || !statementCoversAllResources(st)) return [];
  return asList(st.Action).filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
}

/** A principal that means anyone: `*` or `{"AWS": "*"}` (and not a service principal). */
export function isAnyonePrincipal(p: PolicyPrincipal | undefined): boolean {
  if (p === undefined) return false;
  if (p === '*') return true;
  return asList(p['AWS']).includes('*') || asList(p['CanonicalUser']).includes('*');
}

/** Condition keys that narrow a public statement to a known caller (account, org, VPC, source). */
const NARROWING_KEYS = [
  'aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:principalorgid',
  'aws:principalaccount', 'aws:principalarn', 'aws:sourceip', 'aws:principalorgpaths', 'aws:resourceorgid',
  'sts:externalid', 'aws:userid', 'aws:username', 'kms:calleraccount', 'kms:viaservice', 'lambda:functionurlauthtype',
];

/** Whether an Allow statement's conditions restrict who may call (so `*` is not the whole internet). */
export function hasNarrowingCondition(st: PolicyStatement): boolean {
  const cond = st.Condition;
  if (!cond) return false;
  return Object.values(cond).some((block) => Object.keys(block).some((k) => NARROWING_KEYS.includes(k.toLowerCase())));
}

/** Allow statements open to anyone with no narrowing condition. */
export function publicAllowStatements(doc: PolicyDocument): PolicyStatement[] {
  return doc.Statement.filter((st) => st.Effect === 'Allow' && isAnyonePrincipal(st.Principal) && !hasNarrowingCondition(st));
}

/** Account id from an ARN or a bare 12-digit id; undefined for `*`, services and the like. */
export function accountOfPrincipal(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const m = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(value);
  return m ? m[1] : undefined;
}

