import { REDACTED, redactValue } from '../../shared/redact.js';

/**
 * Model properties that hold user data by design (see the model docs: EC2 user data, Lambda and ECS
 * environment variables). Their values are never stored, whatever they contain.
 */
const SENSITIVE_PROPERTIES = new Set(['userData', 'environment', 'environmentVariables', 'secretString', 'containerEnvironment']);

function isValueWrapper(v: unknown): v is { kind: string; value: unknown } {
  return typeof v === 'object' && v !== null && 'kind' in v && 'source' in v;
}

/**
 * Resource properties fit for storage: known sensitive properties are replaced by `[redacted]`
 * (keeping the `Value` wrapper, its kind and provenance, so "was it set?" stays answerable), and every
 * other string is passed through the secret redactor.
 */
export function redactResourceProperties(props: unknown, depth = 0): unknown {
  if (props === null || typeof props !== 'object' || depth > 32) return redactValue(props);
  if (Array.isArray(props)) return props.map((p) => redactResourceProperties(p, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (!SENSITIVE_PROPERTIES.has(k)) out[k] = redactResourceProperties(v, depth + 1);
    else if (isValueWrapper(v)) out[k] = { ...v, value: v.value === null || v.value === undefined ? v.value : REDACTED };
    else out[k] = v === null || v === undefined ? v : REDACTED;
  }
  return out;
}
