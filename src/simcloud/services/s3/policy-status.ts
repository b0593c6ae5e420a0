/**
 * S3's judgement of whether a bucket policy is public (GetBucketPolicyStatus, and what BlockPublicPolicy
 * refuses). Following the S3 user guide ("The meaning of public"): an Allow statement is public when its
 * principal is `*` (or `{"AWS": "*"}`) and no condition pins the caller to fixed values of the keys S3 accepts
 * as narrowing (source ARN/VPC/VPC endpoint/account/owner, principal org/account/ARN, user id, and source IP
 * ranges no wider than /8 for IPv4 and /32 for IPv6).
 */

const NARROWING_KEYS = new Set([
  'aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceowner', 'aws:sourceaccount', 'aws:userid',
  'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:principalservicename',
  's3:x-amz-server-side-encryption-aws-kms-key-id', 's3:dataaccesspointarn', 's3:dataaccesspointaccount',
]);

function anyone(p: unknown): boolean {
  if (p === '*') return true;
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>)['AWS'];
    return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  }
  return false;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Whether a source IP range is narrow enough for S3 to call the statement non-public. */
function narrowCidr(c: unknown): boolean {
  const m = /^([^/]+)\/(\d+)$/.exec(String(c));
  if (!m) return !String(c).includes('*');
  const bits = Number(m[2]);
  return m[1]!.includes(':') ? bits >= 32 : bits >= 8;
}

function narrowing(condition: unknown): boolean {
  if (!condition || typeof condition !== 'object') return false;
  for (const [op, block] of Object.entries(condition as Record<string, unknown>)) {
    // Only equality-style operators pin a value; `StringLike` with a wildcard or `...IfExists` does not.
    if (/ifexists$/i.test(op) || /^(stringnot|arnnot|notip|null)/i.test(op)) continue;
    for (const [key, val] of Object.entries((block ?? {}) as Record<string, unknown>)) {
      const k = key.toLowerCase();
      const vals = list(val);
      if (k === 'aws:sourceip' && /^ipaddress$/i.test(op) && vals.every(narrowCidr)) return true;
      if (NARROWING_KEYS.has(k) && vals.every((v) => typeof v === 'string' && !v.includes('*'))) return true;
    }
  }
  return false;
}

/** Whether the policy document (JSON string) is public in S3's sense; an unparsable one is not public. */
export function isPublicPolicy(policy: string | null): boolean {
  if (policy === null) return false;
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    return false;
  }
  const statements = list((doc as Record<string, unknown> | null)?.['Statement'] ?? []);
  return statements.some((s) => {
    const st = (s ?? {}) as Record<string, unknown>;
    return st['Effect'] === 'Allow' && anyone(st['Principal']) && !narrowing(st['Condition']);
  });
}
