/**
 * Secret redaction for everything that leaves the process: stored findings, rendered outputs, logs.
 *
 * The patterns favour false positives over leaks, but stay away from the words rules legitimately
 * print ("password policy", `hasConsolePassword=true`, `minimumPasswordLength: 14`): a value is only
 * redacted when it sits next to a secret-ish key word and does not look like a boolean, null or a
 * small number. Every replacement is the literal {@link REDACTED}, so redaction is idempotent.
 */

/** The text every redacted secret is replaced with. */
export const REDACTED = '[redacted]';

/** Key words that make the value next to them a secret. `key` alone is too common (kms_key_id). */
const SECRET_WORD = String.raw`(?:pass(?:word|wd|phrase)|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credentials?|auth[_-]?key|session[_-]?key|signing[_-]?key)`;

/** Names that contain a key word but hold metadata about a secret, not the secret itself. */
const METADATA_KEY_NAME = /(?:last[_-]?used|age|length|policy|enabled|required|reuse|prevention|expir\w*|rotat\w*|encrypt\w*|arn|id|type|kind|count|usage|version|name|file|path)$/i;

/** Values next to a key word that are not secrets: booleans, null-ish words, small numbers, our own marker. */
const HARMLESS_VALUE = /^(?:true|false|null|none|nil|undefined|yes|no|enabled|disabled|optional|required|on|off|\d{1,5}|\[redacted\]|\*+)$/i;

const PRIVATE_KEY_BLOCK = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END \1PRIVATE KEY\2-----|$)/g;
const AWS_ACCESS_KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g;
const BEARER = /\b(Bearer|Basic|Token)(\s+)[A-Za-z0-9\-._~+/]{8,}=*/g;
/** `scheme://user:password@host`: keeps the user, drops the password. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@"']*):([^\s@/"']+)@/gi;
/**
 * `"password": "value"` and `'token': 'value'` (JSON, YAML flow, Python dicts), also when the JSON
 * itself sits escaped inside a string (`{\"password\":\"value\"}`).
 */
const QUOTED_PAIR = new RegExp(String.raw`(\\?["'])([A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*)\1(\s*[:=]\s*)(\\?["'])((?:(?!\4)(?:\\.|[^\\\n]))*)\4`, 'gi');
/** `password=value`, `DB_PASSWORD: value`, `password = "two words"` forms outside a quoted key. */
const BARE_PAIR = new RegExp(
  String.raw`\b([A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*)(\s*[=:]\s*)(?:"((?:\\.|[^"\\\n])*)"|'((?:\\.|[^'\\\n])*)'|([^\s"',;&]+))`,
  'gi',
);
/** A 40-character base64 string (the shape of an AWS secret access key) shortly after a key word. */
const SECRET_KEY_40 = new RegExp(String.raw`(${SECRET_WORD}|aws)([^A-Za-z0-9/+=\n]{1,5}|[\w\s"'=:.-]{1,24}?[^A-Za-z0-9/+=])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'gi');

/** Replaces anything that looks like a secret in free text with `[redacted]`. */
export function redactSecrets(text: string): string {
  if (text.length === 0) return text;
  return text
    .replace(PRIVATE_KEY_BLOCK, REDACTED)
    .replace(AWS_ACCESS_KEY_ID, REDACTED)
    .replace(BEARER, (_m, scheme: string, sp: string) => `${scheme}${sp}${REDACTED}`)
    .replace(URL_CREDENTIALS, (_m, scheme: string, user: string) => `${scheme}${user}:${REDACTED}@`)
    .replace(SECRET_KEY_40, (_m, word: string, gap: string) => `${word}${gap}${REDACTED}`)
    .replace(QUOTED_PAIR, (m, q: string, key: string, sep: string, vq: string, value: string) =>
      value === '' || HARMLESS_VALUE.test(value) || METADATA_KEY_NAME.test(key) ? m : `${q}${key}${q}${sep}${vq}${REDACTED}${vq}`,
    )
    .replace(BARE_PAIR, (m, key: string, sep: string, dq: string | undefined, sq: string | undefined, bare: string | undefined, at: number, all: string) => {
      const value = dq ?? sq ?? bare ?? '';
      // A key word right after `:` or `/` is a segment of an ARN or a path (`arn:aws:secretsmanager:...`).
      if (value === '' || HARMLESS_VALUE.test(value) || METADATA_KEY_NAME.test(key) || /[:/]/.test(all.charAt(at - 1))) return m;
      const q = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      return `${key}${sep}${q}${REDACTED}${q}`;
    });
}

const SECRET_KEY_NAME = new RegExp(String.raw`^[A-Za-z0-9_.-]*${SECRET_WORD}[A-Za-z0-9_.-]*$`, 'i');

/** True for an object key whose value should never be printed (`password`, `DB_TOKEN`, `secretKey`). */
export function isSecretKeyName(key: string): boolean {
  return SECRET_KEY_NAME.test(key) && !METADATA_KEY_NAME.test(key);
}

/**
 * Redacts a structured value: everything when `sensitive`, otherwise every string inside it (via
 * {@link redactSecrets}) and every scalar stored under a secret-looking key. Returns a new value;
 * the input is not modified.
 */
export function redactValue(v: unknown, sensitive = false): unknown {
  if (sensitive) return v === undefined || v === null ? v : REDACTED;
  return walk(v, 0);
}

function walk(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return redactSecrets(v);
  if (v === null || typeof v !== 'object') return v;
  // Model values are shallow; a very deep structure is most likely cyclic, and is cut rather than followed.
  if (depth > 32) return REDACTED;
  if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const scalar = typeof x === 'string' || typeof x === 'number';
    out[k] = scalar && isSecretKeyName(k) && !HARMLESS_VALUE.test(String(x)) ? REDACTED : walk(x, depth + 1);
  }
  return out;
}
