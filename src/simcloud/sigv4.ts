/**
 * AWS Signature Version 4 verification (header and presigned-query forms), written from the published
 * algorithm: canonical request → string to sign → HMAC chain over date/region/service → hex signature.
 * S3 signs the path as sent (no double encoding) and hashes the payload as `x-amz-content-sha256` says
 * (`UNSIGNED-PAYLOAD`, `STREAMING-…`); every other service double-encodes the normalised path.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { CallerIdentity } from './service.js';
import type { CoreErrorKind } from './protocols/errors.js';
import { findSession, stableId } from './sessions.js';
import type { WorldCredential, WorldState } from './world/state.js';

/** The parts of an HTTP request the signature covers. */
export interface SignedRequest {
  readonly method: string;
  /** URL path as sent (percent-encoded). */
  readonly rawPath: string;
  /** Query string as sent, without `?`. */
  readonly rawQuery: string;
  /** Header names lower-case (as node:http gives them). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/** What the Authorization header (or the presigned query) declares. */
export interface AuthInfo {
  readonly accessKeyId: string;
  readonly amzDate: string;
  readonly scope: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly presigned: boolean;
  readonly expiresSeconds?: number;
  readonly securityToken?: string;
}

export type AuthFailure = { readonly ok: false; readonly kind: CoreErrorKind; readonly message: string; readonly auth?: AuthInfo };
export type AuthResult = { readonly ok: true; readonly caller: CallerIdentity; readonly auth: AuthInfo } | AuthFailure;

const ALGORITHM = 'AWS4-HMAC-SHA256';

function header(h: SignedRequest['headers'], name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v.join(',') : v;
}

/** RFC 3986 encoding as SigV4 requires (`encodeURIComponent` plus `!'()*`). */
export function escapeUri(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Query parameters as decoded pairs (a `+` stays a plus: the SDKs encode spaces as `%20`). */
export function queryPairs(rawQuery: string): [string, string][] {
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [decode(p), ''] : [decode(p.slice(0, eq)), decode(p.slice(eq + 1))];
    });
}

/** Reads the SigV4 parameters from the Authorization header or the presigned query; undefined when absent. */
export function parseAuth(req: SignedRequest): AuthInfo | { error: string } | undefined {
  const authz = header(req.headers, 'authorization');
  if (authz) {
    if (!authz.startsWith(`${ALGORITHM} `)) return { error: `Unsupported authorization type (only ${ALGORITHM} is accepted)` };
    const fields: Record<string, string> = {};
    for (const part of authz.slice(ALGORITHM.length + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    const amzDate = header(req.headers, 'x-amz-date') ?? '';
    return build(fields.Credential, fields.SignedHeaders, fields.Signature, amzDate, false, undefined, header(req.headers, 'x-amz-security-token'));
  }
  const q = new Map(queryPairs(req.rawQuery));
  if (q.get('X-Amz-Algorithm') === undefined) return undefined;
  if (q.get('X-Amz-Algorithm') !== ALGORITHM) return { error: `Unsupported X-Amz-Algorithm (only ${ALGORITHM} is accepted)` };
  const expires = q.get('X-Amz-Expires');
  return build(q.get('X-Amz-Credential'), q.get('X-Amz-SignedHeaders'), q.get('X-Amz-Signature'), q.get('X-Amz-Date') ?? '', true, expires ? Number(expires) : undefined, q.get('X-Amz-Security-Token'));
}

function build(credential: string | undefined, signed: string | undefined, signature: string | undefined, amzDate: string, presigned: boolean, expiresSeconds: number | undefined, securityToken: string | undefined): AuthInfo | { error: string } {
  if (!credential || !signed || !signature) return { error: 'Authorization is missing Credential, SignedHeaders or Signature' };
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request') return { error: `Credential should be scoped correctly: ${credential}` };
  if (!/^\d{8}T\d{6}Z$/.test(amzDate)) return { error: 'X-Amz-Date is missing or malformed' };
  if (parts[1] !== amzDate.slice(0, 8)) return { error: 'Credential scope date does not match X-Amz-Date' };
  const [accessKeyId, , region, service] = parts as [string, string, string, string];
  return { accessKeyId, amzDate, scope: parts.slice(1).join('/'), region, service, signedHeaders: signed.split(';'), signature, presigned, expiresSeconds, securityToken };
}

function canonicalPath(rawPath: string, s3: boolean): string {
  if (s3) return rawPath || '/';
  const segs: string[] = [];
  for (const seg of rawPath.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segs.pop();
    else segs.push(seg);
  }
  const normalized = `/${segs.join('/')}${segs.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(rawQuery: string): string {
  return queryPairs(rawQuery)
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [escapeUri(k), escapeUri(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The payload hash the signature covers. */
export function payloadHash(req: SignedRequest, auth: AuthInfo): string {
  const declared = header(req.headers, 'x-amz-content-sha256');
  if (declared) return declared;
  if (auth.presigned && auth.service === 's3') return 'UNSIGNED-PAYLOAD';
  return createHash('sha256').update(req.body).digest('hex');
}

/** The SigV4 canonical request for `req` under `auth`. */
export function canonicalRequest(req: SignedRequest, auth: AuthInfo): string {
  const headers = auth.signedHeaders.map((name) => `${name}:${(header(req.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [req.method, canonicalPath(req.rawPath, auth.service === 's3'), canonicalQuery(req.rawQuery), headers, auth.signedHeaders.join(';'), payloadHash(req, auth)].join('\n');
}

/** The hex signature of `canonical` with `secret`. */
export function sign(secret: string, auth: Pick<AuthInfo, 'amzDate' | 'scope' | 'region' | 'service'>, canonical: string): string {
  const stringToSign = [ALGORITHM, auth.amzDate, auth.scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(auth.amzDate.slice(0, 8)).digest();
  for (const part of [auth.region, auth.service, 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

function parseAmzDate(d: string): Date {
  return new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);
}

/** The identity of a long-term world credential. */
export function identityOf(c: WorldCredential): CallerIdentity {
  const denied = c.denied ?? [];
  if (c.principal === 'root') return { accountId: c.accountId, arn: `arn:aws:iam::${c.accountId}:root`, userId: c.accountId, accessKeyId: c.accessKeyId, denied };
  const [kind, ...rest] = c.principal.split('/');
  const name = rest.join('/');
  if (kind === 'role') {
    // Roles have no long-term keys on AWS; a world credential for a role stands for a session of it.
    return { accountId: c.accountId, arn: `arn:aws:sts::${c.accountId}:assumed-role/${name}/simcloud`, userId: `${stableId('AROA', `${c.accountId}:${name}`)}:simcloud`, accessKeyId: c.accessKeyId, denied };
  }
  return { accountId: c.accountId, arn: `arn:aws:iam::${c.accountId}:${c.principal}`, userId: stableId('AIDA', `${c.accountId}:${c.principal}`), accessKeyId: c.accessKeyId, denied };
}

/** Authenticates `req` against the world's credentials and STS sessions. */
export function authenticate(world: WorldState, req: SignedRequest, now = new Date()): AuthResult {
  const parsed = parseAuth(req);
  if (!parsed) return { ok: false, kind: 'missingAuth', message: 'Request is missing Authentication Token' };
  if ('error' in parsed) return { ok: false, kind: 'incompleteSignature', message: parsed.error };
  const auth = parsed;
  const fail = (kind: CoreErrorKind, message: string): AuthFailure => ({ ok: false, kind, message, auth });
  let secret: string;
  let caller: CallerIdentity;
  const cred = world.credentials.get(auth.accessKeyId);
  if (cred) {
    secret = cred.secretAccessKey;
    caller = identityOf(cred);
  } else {
    const s = findSession(world, auth.accessKeyId);
    if (!s) return fail('unknownKey', 'The security token included in the request is invalid.');
    if (auth.securityToken !== s.sessionToken) return fail('unknownKey', 'The security token included in the request is invalid.');
    if (s.expiration.getTime() <= now.getTime()) return fail('expiredToken', 'The security token included in the request is expired');
    secret = s.secretAccessKey;
    caller = { accountId: s.accountId, arn: s.arn, userId: s.userId, accessKeyId: s.accessKeyId, denied: s.denied };
  }
  if (!auth.signedHeaders.includes('host')) return fail('badSignature', "'Host' must be a signed header.");
  const expected = sign(secret, auth, canonicalRequest(req, auth));
  const a = Buffer.from(expected);
  const b = Buffer.from(auth.signature);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return fail('badSignature', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.');
  }
  const declared = header(req.headers, 'x-amz-content-sha256');
  if (declared && /^[0-9a-f]{64}$/.test(declared) && declared !== createHash('sha256').update(req.body).digest('hex')) {
    // A signed payload hash that does not match the body: the body was changed after signing.
    return fail('payloadMismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  }
  if (auth.presigned && auth.expiresSeconds !== undefined && parseAmzDate(auth.amzDate).getTime() + auth.expiresSeconds * 1000 < now.getTime()) {
    return fail('accessDenied', 'Request has expired');
  }
  return { ok: true, caller, auth };
}
