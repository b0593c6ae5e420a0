/**
 * A deliberately small evaluator for role trust policies (AssumeRolePolicyDocument): Allow/Deny statements
 * on `sts:AssumeRole`, `Principal.AWS` as `*`, an account id, `arn:aws:iam::<acct>:root` or a principal ARN,
 * and conditions with the operators String(Not)Equals/String(Not)Like/Arn(Not)Equals/Arn(Not)Like (and
 * IfExists) on `sts:ExternalId`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:PrincipalOrgID`. A condition
 * on any other key is treated as not satisfied, so an unsupported policy denies rather than allows.
 */

/** What the trust policy is judged against. */
export interface TrustRequest {
  readonly callerAccountId: string;
  /** The caller's ARN; for a role session, also the role's IAM ARN in `alsoArns`. */
  readonly callerArn: string;
  readonly alsoArns: readonly string[];
  readonly orgId?: string;
  readonly externalId?: string;
}

type Stmt = { Effect?: string; Action?: unknown; NotAction?: unknown; Principal?: unknown; Condition?: Record<string, Record<string, unknown>> };

const list = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function wildcard(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

function actionMatches(s: Stmt): boolean {
  if (s.NotAction !== undefined) return !list(s.NotAction).some((a) => wildcard(a.toLowerCase(), 'sts:assumerole'));
  return list(s.Action).some((a) => wildcard(a.toLowerCase(), 'sts:assumerole'));
}

function principalMatches(s: Stmt, r: TrustRequest): boolean {
  if (s.Principal === '*') return true;
  if (!s.Principal || typeof s.Principal !== 'object') return false;
  const aws = list((s.Principal as Record<string, unknown>).AWS);
  const arns = [r.callerArn, ...r.alsoArns];
  return aws.some((p) => p === '*' || p === r.callerAccountId || p === `arn:aws:iam::${r.callerAccountId}:root` || arns.includes(p));
}

function keyValue(key: string, r: TrustRequest): string | undefined | null {
  switch (key.toLowerCase()) {
    case 'sts:externalid':
      return r.externalId;
    case 'aws:principalaccount':
      return r.callerAccountId;
    case 'aws:principalarn':
      return r.alsoArns[0] ?? r.callerArn;
    case 'aws:principalorgid':
      return r.orgId;
    default:
      return null; // unsupported key
  }
}

function conditionsHold(s: Stmt, r: TrustRequest): boolean {
  for (const [rawOp, keys] of Object.entries(s.Condition ?? {})) {
    const ifExists = rawOp.endsWith('IfExists');
    const op = ifExists ? rawOp.slice(0, -'IfExists'.length) : rawOp;
    for (const [key, expected] of Object.entries(keys ?? {})) {
      const actual = keyValue(key, r);
      if (actual === null) return false;
      if (actual === undefined) {
        if (ifExists || op.includes('Not')) continue;
        return false;
      }
      const wants = list(expected);
      const like = op.endsWith('Like');
      const any = wants.some((w) => (like ? wildcard(w, actual) : op.startsWith('String') && op.includes('IgnoreCase') ? w.toLowerCase() === actual.toLowerCase() : w === actual));
      const positive = ['StringEquals', 'StringLike', 'ArnEquals', 'ArnLike', 'StringEqualsIgnoreCase'].includes(op);
      const negative = ['StringNotEquals', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike', 'StringNotEqualsIgnoreCase'].includes(op);
      if (positive ? !any : negative ? any : true) return false;
    }
  }
  return true;
}

/** Parses a trust document given as an object, a JSON string, or the IAM API's URL-encoded JSON string. */
export function parsePolicy(doc: unknown): { Statement?: unknown } | undefined {
  if (doc && typeof doc === 'object') return doc as { Statement?: unknown };
  if (typeof doc !== 'string') return undefined;
  for (const text of [doc, safeDecode(doc)]) {
    try {
      return JSON.parse(text) as { Statement?: unknown };
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether the trust policy lets the request assume the role (an explicit Deny wins). */
export function trustAllows(doc: unknown, r: TrustRequest): boolean {
  const policy = parsePolicy(doc);
  if (!policy) return false;
  const stmts = (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]).filter((s): s is Stmt => !!s && typeof s === 'object');
  const applies = (s: Stmt) => actionMatches(s) && principalMatches(s, r) && conditionsHold(s, r);
  if (stmts.some((s) => s.Effect === 'Deny' && applies(s))) return false;
  return stmts.some((s) => s.Effect === 'Allow' && applies(s));
}
