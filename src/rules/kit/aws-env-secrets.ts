/**
 * Recognising literal credentials in environment variables (Lambda functions, ECS containers): by a value
 * that is a credential whatever its name (AWS keys, private keys, GitHub and Slack tokens), or by a name that
 * announces one (`DB_PASSWORD`) when the value is not a pointer to a secret store. Kept as data here so the
 * environment rules of every compute service flag the same things.
 */

/** Variable names that announce a credential. */
export const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth[_-]?key|client[_-]?secret)/i;
/** Names that hold a pointer to a secret rather than the secret itself. */
export const POINTER_NAME = /(_arn|_id|_name|_path|_param(eter)?|_url|_region|_file|_header)$/i;
/** Values that are references, not literals. */
export const POINTER_VALUE = /^(arn:aws|\{\{resolve:|ssm:|secretsmanager:|\$\{)/i;
/** Values that are credentials whatever the variable is called. */
export const SECRET_VALUE: readonly RegExp[] = [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, /-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/, /\bgh[pousr]_[A-Za-z0-9]{36}\b/, /\bxox[baprs]-[A-Za-z0-9-]{10,}/];

/** Whether one variable holds what looks like a literal credential. */
export function looksLikeLiteralSecret(name: string, value: string): boolean {
  const v = value.trim();
  if (v === '' || POINTER_VALUE.test(v)) return false;
  return SECRET_VALUE.some((re) => re.test(value)) || (SECRET_NAME.test(name) && !POINTER_NAME.test(name));
}

/** The variables of an environment that hold literal credentials, as `[name, value]` pairs. */
export function literalSecrets(env: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(env).filter(([k, v]) => looksLikeLiteralSecret(k, v));
}
