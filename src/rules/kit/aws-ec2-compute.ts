import { isTrue } from '../../model/core/index.js';
import type { Resource } from '../../model/core/index.js';
import type { RuleContext } from './rule.js';

/**
 * Whether, for an IaC resource, the same scan turns on EBS encryption by default in its account and region
 * (where both sides name them). AWS then encrypts every new volume even when the template says
 * `encrypted = false`. Live volumes report their real state, so this never applies to them.
 */
export function ebsEncryptedByDefault(ctx: RuleContext, r: Resource): boolean {
  if (r.origin.kind !== 'iac') return false;
  return ctx.ofType('aws.ec2.ebs-default-encryption').some((d) => {
    if (!isTrue(d.properties.enabled)) return false;
    const sameAccount = !d.account || !r.account || d.account === r.account;
    const sameRegion = !d.region || !r.region || d.region === r.region;
    return sameAccount && sameRegion;
  });
}

/** Kinds of secret looked for in user data, each with a detector. Values are never reported, only kinds. */
const SECRET_PATTERNS: readonly { readonly kind: string; readonly re: RegExp }[] = [
  { kind: 'AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'AWS secret access key', re: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/i },
  { kind: 'private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/ },
  { kind: 'GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { kind: 'Slack token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
];

/**
 * A literal assigned to a password-, secret-, token- or key-named setting (`DB_PASSWORD=...`,
 * `password: ...`, `--password ...`). Values that are references (`$VAR`, `${...}`, `{{resolve:...}}`,
 * `<placeholder>`) are not secrets in the user data itself and are skipped.
 */
const ASSIGNMENT = /((?:--)?[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|apikey))["']?(\s*[=:]\s*|\s+)["']?([^\s"']{6,})/gi;

function literalSecretAssignments(text: string): boolean {
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1] ?? '';
    const value = m[3] ?? '';
    // A bare space separates a value only after a command-line flag (`--password hunter2x`).
    if (!/[=:]/.test(m[2] ?? '') && !name.startsWith('--')) continue;
    if (/^[{<%$([]/.test(value)) continue;
    // Shell/config keywords, not secrets: `PasswordAuthentication no`, `--password-stdin`.
    if (/^(?:no|yes|true|false|null|none|required|optional)$/i.test(value) || value.startsWith('-')) continue;
    if (/authentication$|_file$|_path$|stdin$/i.test(name)) continue;
    return true;
  }
  return false;
}

/** The kinds of secret found in a script or cloud-init document (empty when none). */
export function secretKindsIn(text: string): string[] {
  const kinds = SECRET_PATTERNS.filter((p) => p.re.test(text)).map((p) => p.kind);
  if (literalSecretAssignments(text)) kinds.push('password or token literal');
  return kinds;
}
