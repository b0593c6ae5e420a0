import type { AuditEvent } from '../../model/audit/event.js';
import { ipMatcher, parseIp } from './context.js';

/**
 * Small readings of normalized CloudTrail events shared by the identity, organization and billing
 * detections: request parameters, success, who called and for whom, and what a source address is.
 */

/**
 * A request parameter. CloudTrail logs JSON-protocol services with a lower-case first letter
 * (`managedPolicyArn`) but some services keep the API's capital (`ManagedPolicyArn`); both are tried.
 */
export function param(e: AuditEvent, key: string): unknown {
  const r = e.request;
  if (!r) return undefined;
  if (key in r) return r[key];
  const other = key[0] === key[0]!.toUpperCase() ? key[0]!.toLowerCase() + key.slice(1) : key[0]!.toUpperCase() + key.slice(1);
  return r[other];
}

/** A request parameter as a non-empty string. */
export function paramStr(e: AuditEvent, key: string): string | undefined {
  const v = param(e, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The call did what it asked: no error code, and for sign-ins no `Failure` result. */
export function succeeded(e: AuditEvent): boolean {
  if (e.errorCode) return false;
  return (e.response as { ConsoleLogin?: unknown } | undefined)?.ConsoleLogin !== 'Failure';
}

/** An AWS service acting as itself (not on a principal's behalf): not someone's decision to investigate. */
export function byService(e: AuditEvent): boolean {
  return e.actor.type === 'AWSService';
}

/**
 * `eventName` of a service, successful, and not by an AWS service acting as itself; a call a service made on a
 * principal's behalf (`invokedBy`: CloudFormation creating the user a template declares) counts, as the
 * principal's decision. {@link principalCall} (aws-b-params) is the stricter form that leaves those out too.
 */
export function callEvenViaService(e: AuditEvent, service: string, actions: readonly string[]): boolean {
  return e.service === service && actions.includes(e.action) && succeeded(e) && !byService(e);
}

/** Who did it, for messages: the actor's display name and the source address when the log has one. */
export function who(e: AuditEvent): string {
  return `${e.actor.type === 'Root' ? 'root' : e.actor.name}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
}

/** The IAM user a call acts on when that is someone other than the caller (an IAM user acting on itself, or no `userName`, is the caller). */
export function otherUser(e: AuditEvent, key = 'userName'): string | undefined {
  const target = paramStr(e, key);
  if (!target) return undefined;
  if (e.actor.type === 'IAMUser' && e.actor.name === target) return undefined;
  return target;
}

/** The last part of an ARN or path (`role/admin` -> `admin`). */
export const nameOf = (arnOrName: string): string => arnOrName.split(/[/:]/).pop() ?? arnOrName;

const NON_PUBLIC = ipMatcher([
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.168.0.0/16', '198.18.0.0/15', '224.0.0.0/3',
  '::/127', 'fc00::/7', 'fe80::/10', 'ff00::/8',
]);

/**
 * Whether a `sourceIPAddress` is a routable internet address. CloudTrail also writes service names
 * (`ec2.amazonaws.com`), `AWS Internal` and private VPC-endpoint addresses there; none of those is.
 * The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) count as public on purpose:
 * they stand in for internet addresses in examples.
 */
export function isPublicIp(ip: string | undefined): boolean {
  if (!ip || !parseIp(ip)) return false;
  return !NON_PUBLIC.has(ip);
}

/** An EC2 instance id as EC2 names instance-profile role sessions. */
export const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** The session name of an assumed-role caller (`arn:aws:sts::1:assumed-role/role/<session>`). */
export function sessionName(e: AuditEvent): string | undefined {
  return e.actor.type === 'AssumedRole' ? e.actor.session : undefined;
}

/**
 * Services whose management events CloudTrail records in us-east-1 (or the caller's region) whatever
 * region the user works in: their region says nothing about where resources are.
 */
export const GLOBAL_SERVICES: ReadonlySet<string> = new Set([
  'iam', 'sts', 'signin', 'organizations', 'route53', 'route53domains', 'cloudfront', 'support', 'supportplans', 'health', 'billingconsole', 'billing',
  'payments', 'ce', 'budgets', 'cur', 'account', 'sso', 'sso-directory', 'identitystore', 'waf', 'globalaccelerator', 'shield', 'trustedadvisor', 'notifications',
  'artifact', 'tax', 'taxconsole', 'pricing', 'servicequotas',
]);

/** Read-only by the log's own flag, or by the name when the log does not say. */
export function readOnly(e: AuditEvent): boolean {
  if (e.readOnly !== null) return e.readOnly;
  return /^(Get|List|Describe|Head|Lookup|Search|Batch(Get|Describe))/.test(e.action);
}

/** The error codes of a call refused for lack of permission (EC2 prefixes `Client.`). */
export function accessDenied(e: AuditEvent): boolean {
  const c = e.errorCode?.replace(/^Client\./, '');
  return c !== undefined && /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedAccess|Forbidden|AuthorizationError|NotAuthorized)$/.test(c);
}
