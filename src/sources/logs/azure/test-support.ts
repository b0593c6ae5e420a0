/**
 * Azure Activity Log records for the reader's tests, in the two shapes Azure writes them. (The detection
 * examples have their own builders in detect/kit: the layers do not import each other.)
 */
export const SUBSCRIPTION = '5f2c7a44-1b3e-4a55-9b1d-2f6e0c3a9d10';
export const TENANT = '72f988bf-0000-4a55-9b1d-1d0000000001';
export const RG = `/subscriptions/${SUBSCRIPTION}/resourceGroups/payments-prod`;

export const USER_CLAIMS: Record<string, string> = {
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'maria.ops@contoso.com', name: 'Maria Ops', idtyp: 'user',
  'http://schemas.microsoft.com/identity/claims/objectidentifier': '0b6d1f0e-2c3a-4d5e-8f90-a1b2c3d4e5f6', 'http://schemas.microsoft.com/identity/claims/tenantid': TENANT,
};

export interface Op {
  readonly operation: string;
  readonly resourceId: string;
  readonly status?: 'Started' | 'Succeeded' | 'Failed';
  readonly request?: unknown;
  readonly claims?: Record<string, string>;
  readonly caller?: string;
  readonly ip?: string;
}

let seq = 0;

/** `az monitor activity-log list` / REST shape. */
export function restRecord(o: Op): Record<string, unknown> {
  seq++;
  const status = o.status ?? 'Succeeded';
  return {
    caller: o.caller ?? 'maria.ops@contoso.com',
    claims: o.claims ?? USER_CLAIMS,
    correlationId: `c0ffee00-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    eventDataId: `e0000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    category: { value: 'Administrative' },
    eventTimestamp: '2026-11-27T10:00:00Z',
    httpRequest: { clientIpAddress: o.ip ?? '198.51.100.7', method: 'PUT' },
    operationName: { value: o.operation, localizedValue: o.operation },
    properties: { statusCode: status === 'Failed' ? 'Forbidden' : 'OK', ...(o.request !== undefined ? { requestbody: JSON.stringify(o.request) } : {}) },
    resourceId: o.resourceId,
    status: { value: status },
    subStatus: { value: status === 'Failed' ? 'Forbidden' : 'OK' },
    subscriptionId: SUBSCRIPTION,
  };
}

/** Diagnostic-settings export shape (upper-case names, `resultType`, `identity.claims`). */
export function exportRecord(o: Op): Record<string, unknown> {
  seq++;
  const status = o.status ?? 'Succeeded';
  return {
    time: '2026-11-27T10:00:00.0000000Z',
    resourceId: o.resourceId.toUpperCase(),
    operationName: o.operation.toUpperCase(),
    category: 'Administrative',
    resultType: { Started: 'Start', Succeeded: 'Success', Failed: 'Failure' }[status],
    resultSignature: status === 'Failed' ? 'Forbidden.403' : 'Succeeded.OK',
    callerIpAddress: o.ip ?? '198.51.100.7',
    correlationId: `c0ffee00-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    identity: { authorization: { action: o.operation, scope: o.resourceId }, claims: o.claims ?? USER_CLAIMS },
    level: 'Information',
    location: 'global',
    properties: { statusCode: 'OK', ...(o.request !== undefined ? { requestbody: JSON.stringify(o.request) } : {}) },
  };
}
