import type { AuditEvent } from '../../model/audit/event.js';
import { succeeded } from './aws-a-events.js';

/**
 * Readers for CloudTrail request and response parameters. CloudTrail logs the XML-based APIs (EC2, S3)
 * with lists wrapped as `{items: [...]}` and one-element lists sometimes as a bare object, booleans
 * sometimes as strings, and policy documents either as objects or as JSON strings: the readers accept
 * all of these so a detection reads the value, not the encoding.
 */

/** The value at `path` under the event's request parameters (undefined when any step is missing). */
export function req(e: AuditEvent, ...path: readonly (string | number)[]): unknown {
  return dig(e.request, path);
}

/** The value at `path` under the event's response elements. */
export function resp(e: AuditEvent, ...path: readonly (string | number)[]): unknown {
  return dig(e.response, path);
}

export function dig(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

export function asString(v: unknown): string | undefined {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** true/false from a boolean or its string form; undefined for anything else (absent is not false). */
export function asBool(v: unknown): boolean | undefined {
  if (v === true || v === 'true' || v === 'True') return true;
  if (v === false || v === 'false' || v === 'False') return false;
  return undefined;
}

export function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A list however CloudTrail wrapped it: an array, `{items: [...]}`, a lone object or value, or nothing. */
export function asList(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') {
    const items = (v as Record<string, unknown>)['items'];
    if (items !== undefined) return asList(items);
    return Object.keys(v).length === 0 ? [] : [v];
  }
  return [v];
}

/** Strings of a list (see `asList`), skipping anything that is not a non-empty string. */
export function asStrings(v: unknown): string[] {
  return asList(v).map(asString).filter((s): s is string => s !== undefined);
}

/** A JSON document given as a string (IAM, KMS, ECR) or already as an object (S3); undefined if unparsable. */
export function parseJsonParam(v: unknown): unknown {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      // CloudTrail sometimes logs IAM documents URL-encoded.
      try {
        return JSON.parse(decodeURIComponent(v)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return typeof v === 'object' && v !== null ? v : undefined;
}

// One notion of success for every detection: an errorCode, or a ConsoleLogin whose result is Failure, is not one.
export { succeeded };

/** An AWS service acting on its own or on a principal's behalf (not a person or a workload's own call). */
export function byAwsService(e: AuditEvent): boolean {
  return e.actor.type === 'AWSService' || e.actor.invokedBy !== undefined;
}

/**
 * A successful call made by a principal directly: neither by an AWS service nor by a service on the principal's
 * behalf (`invokedBy`). What most detections judge; {@link callEvenViaService} (aws-a-events) also counts the latter.
 */
export function principalCall(e: AuditEvent, service: string, ...actions: readonly string[]): boolean {
  return e.service === service && actions.includes(e.action) && succeeded(e) && !byAwsService(e);
}

/** A log names a few dozen Lambda actions millions of times: each is cut once. */
const lambdaActions = new Map<string, string>();

/** Lambda's CloudTrail event names carry the API version (`AddPermission20150331v2`); this strips it. */
export function lambdaAction(action: string): string {
  let base = lambdaActions.get(action);
  if (base === undefined) {
    base = action.replace(/\d{8}(v\d+)?$/, '');
    if (lambdaActions.size < 10_000) lambdaActions.set(action, base);
  }
  return base;
}

/** Like `principalCall` for Lambda, whose event names carry an API version suffix. */
export function lambdaCall(e: AuditEvent, ...actions: readonly string[]): boolean {
  return e.service === 'lambda' && actions.includes(lambdaAction(e.action)) && succeeded(e) && !byAwsService(e);
}

/** `who` for messages: the principal's display name and, when known, where the call came from. */
export function who(e: AuditEvent): string {
  return `${e.actor.name}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
}

/** The last path segment of an ARN or name (`arn:aws:iam::1:role/path/app` -> `app`). */
export function lastSegment(arnOrName: string): string {
  return arnOrName.split(/[/:]/).pop() ?? arnOrName;
}
