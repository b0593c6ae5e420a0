import type { AuditActor, AuditEvent, AuditOrigin } from '../../../model/audit/event.js';

/**
 * An Azure Activity Log record into the normalized audit event. Two shapes carry the same facts:
 *  - the diagnostic-settings export (storage, Event Hubs): `time`, `operationName` as a string (often upper
 *    case), `resultType`, `callerIpAddress`, `identity.{authorization, claims}`;
 *  - the REST API and `az monitor activity-log list`: `eventTimestamp`, `operationName.value`,
 *    `status.value`, `subStatus.value`, `caller`, `claims`, `httpRequest.clientIpAddress`.
 * Operation names keep the case they were logged in; detections compare them case-insensitively.
 * Azure logs one operation as several records (Started, then Succeeded or Failed; Accepted for async
 * work); the phase is kept as `additional.status` so a detection can count each operation once.
 * The request and response bodies (`properties.requestbody`/`responseBody`, JSON in a string) become
 * `request`/`response`.
 */
export function normalizeAzureActivity(raw: unknown, origin: AuditOrigin): AuditEvent | string {
  if (!isObject(raw)) return 'record is not a JSON object';
  const timeText = str(raw['time']) ?? str(raw['eventTimestamp']);
  const time = timeText ? Date.parse(timeText) : NaN;
  if (!Number.isFinite(time)) return 'record has no valid time or eventTimestamp';
  const action = str(raw['operationName']) ?? str(obj(raw['operationName'])?.['value']);
  if (!action) return 'record has no operationName';
  const resourceId = str(raw['resourceId']);
  const identity = obj(raw['identity']) ?? {};
  const claims = obj(raw['claims']) ?? obj(identity['claims']) ?? {};
  const properties = obj(raw['properties']) ?? {};
  const status = phase(str(raw['resultType']) ?? str(obj(raw['status'])?.['value']));
  const subStatus = str(obj(raw['subStatus'])?.['value']) ?? str(raw['subStatus']) ?? str(raw['resultSignature']);
  const account = subscriptionOf(resourceId) ?? str(raw['subscriptionId']);
  const location = str(raw['location']);
  const sourceIp = str(raw['callerIpAddress']) ?? str(obj(raw['httpRequest'])?.['clientIpAddress']) ?? claim(claims, 'ipaddr');
  const correlationId = str(raw['correlationId']);
  const request = body(prop(properties, 'requestbody'));
  const response = body(prop(properties, 'responseBody'));
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(properties)) if (!/^(requestbody|responsebody)$/i.test(k)) rest[k] = v;
  const authorization = obj(raw['authorization']) ?? obj(identity['authorization']);
  const category = str(raw['category']) ?? str(obj(raw['category'])?.['value']);
  const failed = status === 'Failed';
  return {
    id: str(raw['eventDataId']) ?? (correlationId ? `${correlationId}:${action}:${timeText}:${status ?? ''}` : `${origin.file}#${origin.index}`),
    time,
    provider: 'azure',
    ...(account ? { account } : {}),
    ...(location && location.toLowerCase() !== 'global' ? { region: location } : {}),
    actor: actorOf(claims, str(raw['caller'])),
    ...(sourceIp ? { sourceIp } : {}),
    service: action.split('/')[0]!,
    action,
    readOnly: readOnlyOf(action),
    ...(category ? { eventType: category } : {}),
    ...(failed ? { errorCode: subStatus ?? str(prop(properties, 'statusCode')) ?? 'Failed' } : {}),
    ...(failed && str(prop(properties, 'statusMessage')) ? { errorMessage: str(prop(properties, 'statusMessage'))! } : {}),
    resources: resourceId ? [{ id: resourceId, ...(str(obj(raw['resourceType'])?.['value']) ? { type: str(obj(raw['resourceType'])?.['value'])! } : {}), ...(account ? { account } : {}) }] : [],
    ...(request ? { request } : {}),
    ...(response ? { response } : {}),
    additional: {
      ...(status ? { status } : {}),
      ...(subStatus && !failed ? { subStatus } : {}),
      ...(correlationId ? { correlationId } : {}),
      ...(str(raw['level']) ? { level: str(raw['level']) } : {}),
      ...(authorization ? { authorization } : {}),
      properties: rest,
    },
    origin,
  };
}

const PHASES = new Map([['start', 'Started'], ['started', 'Started'], ['success', 'Succeeded'], ['succeeded', 'Succeeded'], ['failure', 'Failed'], ['failed', 'Failed'], ['accept', 'Accepted'], ['accepted', 'Accepted']]);

/** The operation's phase under one spelling: the export writes Start/Success/Failure, the API Started/Succeeded/Failed. */
function phase(v: string | undefined): string | undefined {
  if (!v) return undefined;
  return PHASES.get(v.toLowerCase()) ?? v;
}

/** `.../read` only reads; `write`, `delete` and `action` (run command, purge, list keys) act on the resource. */
function readOnlyOf(action: string): boolean | null {
  const verb = action.split('/').pop()!.toLowerCase();
  if (verb === 'read') return true;
  if (verb === 'write' || verb === 'delete' || verb === 'action') return false;
  return null;
}

const CLAIM_URIS: Record<string, readonly string[]> = {
  upn: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn', 'upn'],
  name: ['name', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'],
  email: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'email'],
  appid: ['appid', 'azp'],
  oid: ['http://schemas.microsoft.com/identity/claims/objectidentifier', 'oid'],
  tid: ['http://schemas.microsoft.com/identity/claims/tenantid', 'tid'],
  idtyp: ['idtyp'],
  ipaddr: ['ipaddr'],
};

function claim(claims: Record<string, unknown>, key: string): string | undefined {
  for (const k of CLAIM_URIS[key] ?? [key]) if (str(claims[k])) return str(claims[k]);
  return undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user by UPN (guests keep their `#EXT#` UPN), an application by app id; the caller field otherwise. */
function actorOf(claims: Record<string, unknown>, caller: string | undefined): AuditActor {
  const upn = claim(claims, 'upn') ?? claim(claims, 'email');
  const appid = claim(claims, 'appid');
  const tid = claim(claims, 'tid');
  const app = claim(claims, 'idtyp') === 'app' || (!upn && appid !== undefined) || (!upn && caller !== undefined && GUID.test(caller));
  const user = !app && (upn !== undefined || (caller !== undefined && caller.includes('@')));
  const id = user ? (upn ?? caller)!.toLowerCase() : (appid ?? caller ?? claim(claims, 'oid') ?? 'unknown');
  return {
    type: user ? 'User' : app ? 'ServicePrincipal' : 'Unknown',
    id,
    name: claim(claims, 'name') ?? upn ?? id,
    ...(tid ? { accountId: tid } : {}),
    ...(claim(claims, 'oid') ? { arn: claim(claims, 'oid')! } : {}),
    mfa: null,
  };
}

function subscriptionOf(resourceId: string | undefined): string | undefined {
  return resourceId ? /^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase() : undefined;
}

/** A property by its name in any case (the export and the API disagree: `requestbody`, `responseBody`). */
function prop(o: Record<string, unknown>, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

/** A logged body: JSON text (the usual form) or already an object; text that is not JSON is kept as `{text}`. */
function body(v: unknown): Record<string, unknown> | undefined {
  if (isObject(v)) return v;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(v);
    return isObject(parsed) ? parsed : { value: parsed };
  } catch {
    return { text: v };
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
