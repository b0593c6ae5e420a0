import type { AuditActor, AuditEvent, AuditOrigin } from '../../../model/audit/event.js';

/**
 * A GCP LogEntry whose `protoPayload` is an AuditLog into the normalized audit event. The audit log kind
 * (`activity`, `data_access`, `system_event`, `policy`) comes from `logName` and is kept as `eventType`;
 * `serviceData`, `metadata` and the resource's labels are kept under `additional` (IAM policy deltas live
 * in `serviceData.policyDelta`). Entries of other logs are refused with a reason, not guessed at.
 */
export function normalizeGcpAudit(raw: unknown, origin: AuditOrigin): AuditEvent | string {
  if (!isObject(raw)) return 'entry is not a JSON object';
  const time = str(raw['timestamp']) ? Date.parse(str(raw['timestamp'])!) : NaN;
  if (!Number.isFinite(time)) return 'entry has no valid timestamp';
  const p = obj(raw['protoPayload']);
  if (!p) return 'entry has no protoPayload (not an audit log entry)';
  const action = str(p['methodName']);
  if (!action) return 'entry has no protoPayload.methodName';
  const serviceName = str(p['serviceName']) ?? 'unknown';
  const logName = str(raw['logName']) ?? '';
  const kind = logKind(logName);
  const resource = obj(raw['resource']) ?? {};
  const labels = obj(resource['labels']) ?? {};
  const account = str(labels['project_id']) ?? scopeOf(logName);
  const meta = obj(p['requestMetadata']) ?? {};
  const status = obj(p['status']);
  const code = typeof status?.['code'] === 'number' ? (status['code'] as number) : 0;
  const resourceName = str(p['resourceName']);
  const region = regionOf(p, labels);
  const request = obj(p['request']);
  const response = obj(p['response']);
  const auth = obj(p['authenticationInfo']) ?? {};
  const delegation = Array.isArray(auth['serviceAccountDelegationInfo']) ? auth['serviceAccountDelegationInfo'] : undefined;
  return {
    id: str(raw['insertId']) ?? `${origin.file}#${origin.index}`,
    time,
    provider: 'gcp',
    ...(account ? { account } : {}),
    ...(region ? { region } : {}),
    actor: actorOf(auth, account),
    ...(str(meta['callerIp']) ? { sourceIp: str(meta['callerIp'])! } : {}),
    ...(str(meta['callerSuppliedUserAgent']) ? { userAgent: str(meta['callerSuppliedUserAgent'])! } : {}),
    service: serviceName.replace(/\.googleapis\.com$/, ''),
    action,
    readOnly: readOnlyOf(action, kind),
    ...(kind ? { eventType: kind } : {}),
    ...(code !== 0 ? { errorCode: CODES[code] ?? String(code) } : {}),
    ...(code !== 0 && str(status?.['message']) ? { errorMessage: str(status?.['message'])! } : {}),
    resources: resourceName ? [{ id: resourceName, ...(str(resource['type']) ? { type: str(resource['type'])! } : {}), ...(account ? { account } : {}) }] : [],
    ...(request ? { request } : {}),
    ...(response ? { response } : {}),
    additional: {
      ...(obj(p['serviceData']) ? { serviceData: obj(p['serviceData']) } : {}),
      ...(obj(p['metadata']) ? { metadata: obj(p['metadata']) } : {}),
      ...(str(resource['type']) ? { resourceType: str(resource['type']) } : {}),
      resourceLabels: labels,
      ...(delegation ? { delegation } : {}),
      ...(Array.isArray(p['authorizationInfo']) ? { authorizationInfo: p['authorizationInfo'] } : {}),
    },
    origin,
  };
}

/** `projects/p/logs/cloudaudit.googleapis.com%2Factivity` -> `activity` (the name is URL-encoded in the log). */
function logKind(logName: string): string | undefined {
  const m = /cloudaudit\.googleapis\.com(?:%2F|\/)([a-z_]+)$/i.exec(logName);
  return m?.[1]?.toLowerCase();
}

/** The project, or the folder or organization for logs written above projects. */
function scopeOf(logName: string): string | undefined {
  const m = /^(projects|folders|organizations|billingAccounts)\/([^/]+)\/logs\//.exec(logName);
  if (!m) return undefined;
  return m[1] === 'projects' ? m[2] : `${m[1]}/${m[2]}`;
}

function regionOf(p: Record<string, unknown>, labels: Record<string, unknown>): string | undefined {
  const loc = obj(p['resourceLocation']);
  const current = Array.isArray(loc?.['currentLocations']) ? str(loc['currentLocations'][0]) : undefined;
  const r = current ?? str(labels['region']) ?? str(labels['location']) ?? str(labels['zone']);
  return r && r !== 'global' ? r : undefined;
}

const READ_VERB = /^(get|list|search|lookup|query|read|batchget|aggregatedlist|testiampermissions|check|fetch|export|watch)/i;
const WRITE_VERB = /^(create|insert|update|patch|delete|set|add|remove|destroy|disable|enable|undelete|restore|move|attach|detach|generate|sign|put|start|stop|reset|resize|apply|clear|cancel|import|deploy|upload|rewrite|compose|copy|truncate)/i;

/** From the method's verb; the log kind decides when the verb is unusual (admin activity is never read-only). */
function readOnlyOf(method: string, kind: string | undefined): boolean | null {
  const verb = method.split('.').pop() ?? method;
  if (READ_VERB.test(verb)) return true;
  if (WRITE_VERB.test(verb)) return false;
  if (kind === 'activity' || kind === 'system_event') return false;
  if (kind === 'data_access') return true;
  return null;
}

/** The authenticated principal: a user or a service account by email, a federated identity by its subject. */
function actorOf(auth: Record<string, unknown>, project: string | undefined): AuditActor {
  const email = str(auth['principalEmail']);
  const subject = str(auth['principalSubject']);
  const id = email ?? subject ?? 'unknown';
  const type = email?.endsWith('.gserviceaccount.com') ? 'ServiceAccount' : email?.includes('@') ? 'User' : subject ? 'FederatedIdentity' : 'Unknown';
  const saProject = email ? /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] : undefined;
  return { type, id, name: email ?? subject ?? 'unknown', ...(saProject ?? project ? { accountId: (saProject ?? project)! } : {}), mfa: null };
}

/** google.rpc.Code names, as the other clouds' error codes are names. */
const CODES: Record<number, string> = {
  1: 'CANCELLED', 2: 'UNKNOWN', 3: 'INVALID_ARGUMENT', 4: 'DEADLINE_EXCEEDED', 5: 'NOT_FOUND', 6: 'ALREADY_EXISTS', 7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED', 9: 'FAILED_PRECONDITION', 10: 'ABORTED', 11: 'OUT_OF_RANGE', 12: 'UNIMPLEMENTED', 13: 'INTERNAL', 14: 'UNAVAILABLE',
  15: 'DATA_LOSS', 16: 'UNAUTHENTICATED',
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
