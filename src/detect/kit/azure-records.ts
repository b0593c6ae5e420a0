/**
 * Azure Activity Log records for detection examples, in the two shapes Azure writes: the diagnostic
 * export (`azExport`: upper-case operation and resource id, `resultType`, `identity.claims`) and the REST
 * API / `az monitor activity-log list` (`azRest`: `operationName.value`, `status.value`, `caller`).
 */
export const SUBSCRIPTION = '5f2c7a44-1b3e-4a55-9b1d-2f6e0c3a9d10';
export const TENANT = '72f988bf-0000-4a55-9b1d-1d0000000001';
export const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups/payments-prod`;

export interface AzCaller {
  readonly caller: string;
  readonly claims: Record<string, string>;
}

export function azUser(upn = 'maria.ops@contoso.com', name = 'Maria Ops'): AzCaller {
  return {
    caller: upn,
    claims: {
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': upn, name, ipaddr: '198.51.100.7', idtyp: 'user',
      'http://schemas.microsoft.com/identity/claims/objectidentifier': '0b6d1f0e-2c3a-4d5e-8f90-a1b2c3d4e5f6', 'http://schemas.microsoft.com/identity/claims/tenantid': TENANT,
    },
  };
}

export function azApp(appId = '3c2b1a09-8f7e-4d6c-b5a4-9e8d7c6b5a40'): AzCaller {
  return { caller: '7e1d2c3b-4a59-4876-9e5d-c4b3a2918170', claims: { appid: appId, idtyp: 'app', 'http://schemas.microsoft.com/identity/claims/tenantid': TENANT } };
}

export interface AzOp {
  readonly operation: string;
  readonly resourceId: string;
  readonly status?: 'Started' | 'Succeeded' | 'Failed' | 'Accepted';
  readonly request?: unknown;
  readonly response?: unknown;
  readonly who?: AzCaller;
  readonly minute?: number;
  readonly subStatus?: string;
  readonly ip?: string;
  readonly correlationId?: string;
}

let seq = 0;

/** The time `minutes` after 2026-11-27T10:00:00Z. */
export function azAt(minutes = 0): string {
  return new Date(Date.parse('2026-11-27T10:00:00Z') + minutes * 60_000).toISOString();
}

const bodies = (o: AzOp) => ({
  ...(o.request !== undefined ? { requestbody: JSON.stringify(o.request) } : {}),
  ...(o.response !== undefined ? { responseBody: JSON.stringify(o.response) } : {}),
});

/** A record as the diagnostic-settings export writes it (storage PT1H.json, Event Hubs). */
export function azExport(o: AzOp): Record<string, unknown> {
  seq++;
  const status = o.status ?? 'Succeeded';
  const who = o.who ?? azUser();
  return {
    time: azAt(o.minute),
    resourceId: o.resourceId.toUpperCase(),
    operationName: o.operation.toUpperCase(),
    category: 'Administrative',
    resultType: { Started: 'Start', Succeeded: 'Success', Failed: 'Failure', Accepted: 'Accept' }[status],
    resultSignature: o.subStatus ?? (status === 'Failed' ? 'Forbidden.403' : 'Succeeded.OK'),
    durationMs: '0',
    callerIpAddress: o.ip ?? '198.51.100.7',
    correlationId: o.correlationId ?? `c0ffee00-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    identity: { authorization: { action: o.operation, scope: o.resourceId }, claims: who.claims },
    level: status === 'Failed' ? 'Error' : 'Information',
    location: 'global',
    properties: { statusCode: status === 'Failed' ? 'Forbidden' : 'OK', eventCategory: 'Administrative', entity: o.resourceId, hierarchy: `${TENANT}/${SUBSCRIPTION}`, ...bodies(o) },
  };
}

/** A record as the REST API and `az monitor activity-log list` return it. */
export function azRest(o: AzOp): Record<string, unknown> {
  seq++;
  const status = o.status ?? 'Succeeded';
  const who = o.who ?? azUser();
  return {
    authorization: { action: o.operation, scope: o.resourceId },
    caller: who.caller,
    channels: 'Operation',
    claims: who.claims,
    correlationId: o.correlationId ?? `c0ffee00-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    eventDataId: `e0000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    eventName: { value: status === 'Started' ? 'BeginRequest' : 'EndRequest', localizedValue: status === 'Started' ? 'Begin request' : 'End request' },
    category: { value: 'Administrative', localizedValue: 'Administrative' },
    eventTimestamp: azAt(o.minute),
    httpRequest: { clientRequestId: `req-${seq}`, clientIpAddress: o.ip ?? '198.51.100.7', method: o.operation.endsWith('/delete') ? 'DELETE' : o.operation.endsWith('/action') ? 'POST' : 'PUT' },
    level: status === 'Failed' ? 'Error' : 'Informational',
    operationName: { value: o.operation, localizedValue: o.operation },
    properties: { statusCode: status === 'Failed' ? 'Forbidden' : 'OK', eventCategory: 'Administrative', entity: o.resourceId, ...bodies(o) },
    resourceId: o.resourceId,
    status: { value: status, localizedValue: status },
    subStatus: { value: o.subStatus ?? (status === 'Failed' ? 'Forbidden' : 'OK'), localizedValue: '' },
    submissionTimestamp: azAt(o.minute),
    subscriptionId: SUBSCRIPTION,
    tenantId: TENANT,
  };
}

/**
 * One operation as Azure logs it: the Started record with the request body, then the outcome record
 * (same correlation id) without it, a minute later.
 */
export function azOperation(o: AzOp, outcome: 'Succeeded' | 'Failed' = 'Succeeded', shape: (o: AzOp) => Record<string, unknown> = azRest): Record<string, unknown>[] {
  const correlationId = `c0ffee00-1111-4000-8000-${String(++seq).padStart(12, '0')}`;
  const { request: _request, ...rest } = o;
  return [shape({ ...o, status: 'Started', correlationId }), shape({ ...rest, status: outcome, correlationId, minute: (o.minute ?? 0) + 1 })];
}
