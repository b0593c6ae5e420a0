import type { AuditActor, AuditEvent, AuditOrigin, AuditResource } from '../../../model/audit/event.js';

/**
 * A CloudTrail record (as delivered to S3, by CloudTrail Lake or inside an EventBridge event) into the
 * normalized audit event. Returns a message instead when the record cannot be one: it is reported with
 * its file and index and skipped, never guessed at.
 */
export function normalizeCloudTrail(raw: unknown, origin: AuditOrigin): AuditEvent | string {
  if (!isObject(raw)) return 'record is not a JSON object';
  const time = typeof raw['eventTime'] === 'string' ? timeOf(raw['eventTime']) : NaN;
  if (!Number.isFinite(time)) return 'record has no valid eventTime';
  const action = str(raw['eventName']);
  if (!action) return 'record has no eventName';
  const source = str(raw['eventSource']);
  if (!source) return 'record has no eventSource';
  const identity = isObject(raw['userIdentity']) ? raw['userIdentity'] : {};
  const additional = obj(raw['additionalEventData']);
  const account = str(raw['recipientAccountId']) ?? str(identity['accountId']);
  // Every key is always set (undefined when absent), in one order: all events share one shape, which keeps
  // the detections' property reads fast (165 detections read each of millions of events).
  const event: AuditEvent = {
    // CloudTrail always sets eventID; a record without one still needs an id a detection can cite.
    id: str(raw['eventID']) ?? `${origin.file}#${origin.index}`,
    time,
    provider: 'aws',
    account,
    region: str(raw['awsRegion']),
    actor: actorOf(identity, action, additional),
    sourceIp: str(raw['sourceIPAddress']),
    userAgent: str(raw['userAgent']),
    service: serviceOf(source),
    action,
    readOnly: bool(raw['readOnly']),
    eventType: str(raw['eventType']),
    errorCode: str(raw['errorCode']),
    errorMessage: str(raw['errorMessage']),
    resources: resourcesOf(raw['resources']),
    request: obj(raw['requestParameters']),
    response: obj(raw['responseElements']),
    additional,
    origin,
  };
  return event;
}

function actorOf(u: Record<string, unknown>, action: string, additional: Record<string, unknown> | undefined): AuditActor {
  const type = str(u['type']) ?? 'Unknown';
  const arn = str(u['arn']);
  const accountId = str(u['accountId']);
  const context = obj(u['sessionContext']);
  const issuer = obj(context?.['sessionIssuer']);
  const issuerArn = str(issuer?.['arn']);
  const attributes = obj(context?.['attributes']);
  const invokedBy = str(u['invokedBy']);
  let id: string;
  let name: string;
  let session: string | undefined;
  switch (type) {
    case 'Root':
      id = arn ?? `arn:aws:iam::${accountId ?? 'unknown'}:root`;
      name = 'root';
      break;
    case 'AssumedRole':
    case 'FederatedUser': {
      // The role (or user) behind the session is the principal; the session name varies per use.
      id = issuerArn ?? arn ?? str(u['principalId']) ?? 'unknown';
      session = sessionName(arn);
      const base = str(issuer?.['userName']) ?? roleName(issuerArn) ?? 'session';
      name = session ? `${base}/${session}` : base;
      break;
    }
    case 'AWSService':
      id = invokedBy ?? 'aws-service';
      name = id;
      break;
    default:
      id = arn ?? str(u['userName']) ?? str(u['principalId']) ?? (accountId ? `arn:aws:iam::${accountId}:root` : 'unknown');
      name = str(u['userName']) ?? lastPart(arn) ?? id;
  }
  return {
    type,
    id,
    name,
    arn,
    accountId,
    accessKeyId: str(u['accessKeyId']),
    sessionIssuer: issuerArn,
    session,
    mfa: mfaOf(action, attributes, additional),
    invokedBy,
    identityProvider: str(u['identityProvider']),
  };
}

/**
 * CloudTrail's `2026-11-27T10:15:42Z` (with optional fraction) read from its digits, the one-entry cache
 * catching the many events of one second: `Date.parse` is a large part of normalizing millions of events.
 * Anything else goes to `Date.parse`.
 */
let lastTimeText = '';
let lastTime = NaN;
function timeOf(text: string): number {
  if (text === lastTimeText) return lastTime;
  let t = NaN;
  if (text.length >= 20 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 && text.charCodeAt(text.length - 1) === 90) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    let ms = 0;
    const fraction = text.length === 20 ? 0 : text.length > 21 && text.length <= 30 && text.charCodeAt(19) === 46 ? digits(text, 20, text.length - 21) : -1;
    if (fraction > 0) ms = Math.floor(fraction / 10 ** (text.length - 21 - 3));
    if (year >= 0 && fraction >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
      t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
      // Date.UTC rolls 31 April over to 1 May; the calendar must agree.
      if (new Date(t).getUTCDate() !== day) t = NaN;
    }
  }
  if (Number.isNaN(t)) t = Date.parse(text);
  lastTimeText = text;
  lastTime = t;
  return t;
}

/** The decimal number in `text[from, from + n)`, or -1 when any of it is not a digit. */
function digits(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Console sign-ins log MFA in additionalEventData; other calls in the session attributes. */
function mfaOf(action: string, attributes: Record<string, unknown> | undefined, additional: Record<string, unknown> | undefined): boolean | null {
  if (action === 'ConsoleLogin' && additional && typeof additional['MFAUsed'] === 'string') return additional['MFAUsed'] === 'Yes';
  const v = attributes?.['mfaAuthenticated'];
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return null;
}

/** `iam.amazonaws.com` -> `iam`; a log names a few dozen sources millions of times, so each is cut once. */
const services = new Map<string, string>();
function serviceOf(source: string): string {
  let s = services.get(source);
  if (s === undefined) {
    s = source.replace(/\.amazonaws\.com$/, '');
    if (services.size < 10_000) services.set(source, s);
  }
  return s;
}

const NO_RESOURCES: readonly AuditResource[] = Object.freeze([]);

function resourcesOf(v: unknown): readonly AuditResource[] {
  if (!Array.isArray(v) || v.length === 0) return NO_RESOURCES;
  const out: AuditResource[] = [];
  for (const r of v) {
    if (!isObject(r)) continue;
    const id = str(r['ARN']) ?? str(r['arn']);
    if (!id) continue;
    out.push({ id, ...(str(r['type']) ? { type: str(r['type'])! } : {}), ...(str(r['accountId']) ? { account: str(r['accountId'])! } : {}) });
  }
  return out;
}

const roleName = (arn: string | undefined) => (arn ? /:role\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1] : undefined);
/** The session part of `arn:aws:sts::1:assumed-role/<role>/<session>` (string scanning: this runs for most events). */
function sessionName(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const at = arn.indexOf(':assumed-role/');
  if (at < 0) return undefined;
  const slash = arn.indexOf('/', at + 14);
  return slash < 0 || slash === arn.length - 1 ? undefined : arn.slice(slash + 1);
}
const lastPart = (arn: string | undefined) => (arn ? arn.split(/[/:]/).pop() : undefined);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
function bool(v: unknown): boolean | null {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return null;
}
