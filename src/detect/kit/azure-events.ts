import type { AuditEvent } from '../../model/audit/event.js';

/**
 * Readers for normalized Azure Activity Log events. The diagnostic export writes operation names and
 * resource ids in upper case and the API in their own case, and request bodies use PascalCase where
 * response bodies use camelCase: every comparison and lookup here ignores case.
 */

/** The event is one of these operations (`Microsoft.KeyVault/vaults/delete`), in any case. */
export function isOp(e: AuditEvent, ...operations: readonly string[]): boolean {
  const a = e.action.toLowerCase();
  return operations.some((o) => o.toLowerCase() === a);
}

/** The operation's phase: `Started`, `Succeeded`, `Failed`, `Accepted` (absent when the record does not say). */
export function phaseOf(e: AuditEvent): string | undefined {
  const s = e.additional?.['status'];
  return typeof s === 'string' ? s : undefined;
}

/**
 * The operation went through: its Succeeded record, not Started, not Failed, and not Accepted (async
 * work logs Accepted and later Succeeded). Detections match this so each operation fires once, not once
 * per phase. A record without a phase counts as done.
 */
export function completed(e: AuditEvent): boolean {
  if (e.errorCode !== undefined) return false;
  const p = phaseOf(e);
  return p === undefined || p === 'Succeeded';
}

/** A completed operation of one of these kinds: what most Azure detections judge. */
export function completedOp(e: AuditEvent, ...operations: readonly string[]): boolean {
  return isOp(e, ...operations) && completed(e);
}

/** An operation's request and response bodies (an event has both fields; see `completedOperations`). */
export interface OperationBodies {
  readonly request?: unknown;
  readonly response?: unknown;
}

/**
 * A value of the operation's body by a case-insensitive path: the request body first, then the response
 * body (Activity Log records carry one or the other, depending on the operation and phase).
 */
export function bodyValue(b: OperationBodies, ...path: readonly string[]): unknown {
  const fromRequest = digI(b.request, path);
  return fromRequest !== undefined ? fromRequest : digI(b.response, path);
}

export function digI(root: unknown, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const o = v as Record<string, unknown>;
    if (k in o) v = o[k];
    else {
      const lower = k.toLowerCase();
      const key = Object.keys(o).find((x) => x.toLowerCase() === lower);
      v = key === undefined ? undefined : o[key];
    }
  }
  return v;
}

/** A list value, or nothing. */
export function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** true/false from a boolean or its string form; undefined for anything else (absent is not false). */
export function flag(v: unknown): boolean | undefined {
  if (v === true || (typeof v === 'string' && v.toLowerCase() === 'true')) return true;
  if (v === false || (typeof v === 'string' && v.toLowerCase() === 'false')) return false;
  return undefined;
}

/** The event's resource id (the first resource), as logged. */
export function resourceIdOf(e: AuditEvent): string {
  return e.resources[0]?.id ?? '(unknown resource)';
}

/** The name segment after `type` in a resource id (`.../vaults/kv-prod/...`, `vaults` -> `kv-prod`). */
export function segmentAfter(e: AuditEvent, type: string): string | undefined {
  const parts = resourceIdOf(e).split('/');
  const i = parts.findIndex((p) => p.toLowerCase() === type.toLowerCase());
  return i >= 0 ? parts[i + 1] : undefined;
}

/** `who` for messages: the caller and, when known, where the call came from. */
export function azWho(e: AuditEvent): string {
  return `${e.actor.name}${e.actor.name !== e.actor.id ? ` (${e.actor.id})` : ''}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
}

/** Scope of an Azure resource id: a management group, a subscription, a resource group or a resource. */
export function scopeKind(id: string): 'managementGroup' | 'subscription' | 'resourceGroup' | 'resource' | 'root' {
  const s = id.toLowerCase().replace(/\/+$/, '');
  if (s === '' || s === '/') return 'root';
  if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(s)) return 'managementGroup';
  if (/^\/subscriptions\/[^/]+$/.test(s)) return 'subscription';
  if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/.test(s)) return 'resourceGroup';
  return 'resource';
}

/** The GUID at the end of a role definition id (`/subscriptions/…/roleDefinitions/<guid>`), lower case. */
export function roleGuid(roleDefinitionId: unknown): string | undefined {
  return typeof roleDefinitionId === 'string' ? roleDefinitionId.split('/').pop()?.toLowerCase() : undefined;
}

/** Built-in roles that hand over the subscription: full control, or the right to grant it. */
export const PRIVILEGED_ROLES: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};

/** A role assignment as its body describes it (request `Properties.*` or response `properties.*`). */
export interface RoleAssignment {
  readonly roleGuid?: string;
  readonly principalId?: string;
  readonly principalType?: string;
  /** The scope: the body's, else the resource id before `/providers/Microsoft.Authorization/roleAssignments/`. */
  readonly scope: string;
  readonly delegatedManagedIdentity?: string;
}

export function roleAssignmentOf(e: AuditEvent, bodies: OperationBodies = e): RoleAssignment {
  const p = (k: string) => bodyValue(bodies, 'properties', k);
  const id = resourceIdOf(e);
  const cut = id.toLowerCase().lastIndexOf('/providers/microsoft.authorization/roleassignments/');
  const scope = typeof p('scope') === 'string' ? (p('scope') as string) : cut >= 0 ? id.slice(0, cut) || '/' : id;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const roleGuidValue = roleGuid(p('roleDefinitionId'));
  return {
    scope,
    ...(roleGuidValue ? { roleGuid: roleGuidValue } : {}),
    ...(str(p('principalId')) ? { principalId: str(p('principalId'))! } : {}),
    ...(str(p('principalType')) ? { principalType: str(p('principalType'))! } : {}),
    ...(str(p('delegatedManagedIdentityResourceId')) ? { delegatedManagedIdentity: str(p('delegatedManagedIdentityResourceId'))! } : {}),
  };
}
