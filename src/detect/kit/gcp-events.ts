import type { AuditEvent } from '../../model/audit/event.js';
import type { DetectContext } from './detection.js';

/**
 * Readers for normalized GCP Cloud Audit Log events. Method names carry their API version
 * (`google.iam.admin.v1.CreateServiceAccountKey`, `v1.compute.firewalls.insert`), so methods match by
 * their last dotted segments; IAM changes are read from `serviceData.policyDelta`, which lists exactly
 * what was added and removed.
 */

/** The method is one of these, ignoring version prefixes (`CreateServiceAccountKey` matches `google.iam.admin.v1.CreateServiceAccountKey`). */
export function isMethod(e: AuditEvent, ...methods: readonly string[]): boolean {
  return methods.some((m) => e.action === m || e.action.endsWith(`.${m}`));
}

/** A successful call of one of these methods. */
export function okMethod(e: AuditEvent, ...methods: readonly string[]): boolean {
  return e.errorCode === undefined && isMethod(e, ...methods);
}

/** The value at `path` under the request. */
export function reqValue(e: AuditEvent, ...path: readonly (string | number)[]): unknown {
  let v: unknown = e.request;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

export function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function stringsOf(v: unknown): string[] {
  return listOf(v).filter((x): x is string => typeof x === 'string');
}

/** `who` for messages: the principal and, when known, where the call came from. */
export function gcpWho(e: AuditEvent): string {
  return `${e.actor.name}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
}

export function resourceOf(e: AuditEvent): string {
  return e.resources[0]?.id ?? '(unknown resource)';
}

function serviceData(e: AuditEvent): Record<string, unknown> | undefined {
  const s = e.additional?.['serviceData'];
  return typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : undefined;
}

function policyDelta(e: AuditEvent): Record<string, unknown> | undefined {
  const d = serviceData(e)?.['policyDelta'];
  return typeof d === 'object' && d !== null ? (d as Record<string, unknown>) : undefined;
}

export interface Binding {
  readonly role: string;
  readonly member: string;
}

/**
 * Bindings an IAM policy change added: the ADD entries of `policyDelta.bindingDeltas`. A log without the
 * delta falls back to the new policy in the request (`policy.bindings`), which also lists bindings that
 * were there before; detections say so in their false-positive notes.
 */
export function addedBindings(e: AuditEvent): Binding[] {
  const delta = policyDelta(e);
  if (delta) {
    return listOf(delta['bindingDeltas'])
      .map((d) => d as Record<string, unknown>)
      .filter((d) => d?.['action'] === 'ADD' && typeof d['role'] === 'string' && typeof d['member'] === 'string')
      .map((d) => ({ role: d['role'] as string, member: d['member'] as string }));
  }
  return listOf(reqValue(e, 'policy', 'bindings')).flatMap((b) => {
    const role = (b as Record<string, unknown> | null)?.['role'];
    return typeof role === 'string' ? stringsOf((b as Record<string, unknown>)['members']).map((member) => ({ role, member })) : [];
  });
}

/** Audit-log configuration entries a policy change removed (`policyDelta.auditConfigDeltas`, action REMOVE). */
export function removedAuditConfigs(e: AuditEvent): { service: string; logType: string }[] {
  return listOf(policyDelta(e)?.['auditConfigDeltas'])
    .map((d) => d as Record<string, unknown>)
    .filter((d) => d?.['action'] === 'REMOVE')
    .map((d) => ({ service: String(d['service'] ?? '(unknown)'), logType: String(d['logType'] ?? '(unknown)') }));
}

/** An IAM policy was set, on any resource type (projects, folders, service accounts, buckets, functions...). */
export function isPolicyChange(e: AuditEvent): boolean {
  return okMethod(e, 'SetIamPolicy', 'setIamPolicy', 'setIamPermissions');
}

export const PUBLIC_MEMBERS: ReadonlySet<string> = new Set(['allUsers', 'allAuthenticatedUsers']);

/** Google-managed service agents and default accounts live under Google's own domains, not a customer's. */
const GOOGLE_MANAGED = /@(cloudservices\.gserviceaccount\.com|[a-z0-9-]+\.iam\.gserviceaccount\.com|gcp-sa-[a-z0-9-]+\.iam\.gserviceaccount\.com|developer\.gserviceaccount\.com|appspot\.gserviceaccount\.com|cloudbuild\.gserviceaccount\.com|container-engine-robot\.iam\.gserviceaccount\.com|compute-system\.iam\.gserviceaccount\.com)$/;

/**
 * Where a member comes from: the project of a service account (`x@<project>.iam.gserviceaccount.com`),
 * the domain of a user, group or domain member. undefined for Google-managed agents and special members.
 */
export function memberOrigin(member: string): string | undefined {
  const m = /^(user|group|serviceAccount|domain|deleted:user|deleted:group|deleted:serviceAccount):(.+)$/.exec(member);
  if (!m) return undefined;
  const value = m[2]!.replace(/\?uid=\d+$/, '');
  if (m[1] === 'domain') return value.toLowerCase();
  const sa = /^[^@]+@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(value);
  if (sa && !/^gcp-sa-/.test(sa[1]!)) return sa[1];
  if (GOOGLE_MANAGED.test(value)) return undefined;
  return value.split('@')[1]?.toLowerCase();
}

/**
 * A member from outside the organization: its domain or project is neither among `ctx.knownAccounts`
 * (`--accounts` lists the organization's domains and project ids) nor the project the change was made
 * in (`home`). With no list nothing is external, since it cannot be known.
 */
export function isExternalMember(member: string, ctx: DetectContext, home?: string): boolean {
  if (ctx.knownAccounts.size === 0) return false;
  const origin = memberOrigin(member);
  return origin !== undefined && origin !== home && !ctx.knownAccounts.has(origin) && !ctx.knownAccounts.has(origin.toLowerCase());
}

/** Whether any of these CIDR ranges is the whole IPv4 or IPv6 internet. */
export function anyInternet(ranges: readonly string[]): boolean {
  return ranges.some((r) => r === '0.0.0.0/0' || r === '::/0' || r === '0.0.0.0');
}
