/**
 * Response and error encoding for the six wire protocols. Handlers return plain objects (see the output
 * convention in `xml.ts`; JSON protocols honour `$status`, `$headers` and `$body` too).
 */
import type { ServiceDefinition, SimError } from '../service.js';
import { children, escapeXml } from './xml.js';

/** What the server writes back. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';
const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

function directives(output: unknown): { status?: number; headers: Record<string, string>; body?: string | Buffer } {
  if (!output || typeof output !== 'object') return { headers: {} };
  const o = output as Record<string, unknown>;
  const headers: Record<string, string> = {};
  if (o.$headers && typeof o.$headers === 'object') {
    for (const [k, v] of Object.entries(o.$headers as Record<string, unknown>)) if (v !== undefined && v !== null) headers[k.toLowerCase()] = v instanceof Date ? v.toUTCString() : String(v);
  }
  const body = typeof o.$body === 'string' || Buffer.isBuffer(o.$body) ? o.$body : undefined;
  return { status: typeof o.$status === 'number' ? o.$status : undefined, headers, body };
}

/** JSON with Dates as epoch seconds, Buffers as base64, and top-level `$` directives removed. */
export function toJson(output: unknown): string {
  const strip = output && typeof output === 'object' && !Array.isArray(output) ? Object.fromEntries(Object.entries(output).filter(([k]) => !k.startsWith('$'))) : (output ?? {});
  return JSON.stringify(strip, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = key === '' ? value : this[key];
    if (raw instanceof Date) return raw.getTime() / 1000;
    if (Buffer.isBuffer(raw)) return raw.toString('base64');
    if (typeof raw === 'bigint') return Number(raw);
    return value;
  });
}

function objectOrEmpty(output: unknown): Record<string, unknown> {
  return output && typeof output === 'object' ? (output as Record<string, unknown>) : {};
}

/** Encodes a handler's output for `def`'s protocol. */
export function encodeOutput(def: ServiceDefinition, operation: string, output: unknown, requestId: string): WireResponse {
  const d = directives(output);
  switch (def.protocol) {
    case 'awsQuery': {
      const ns = def.xmlNamespace ? ` xmlns="${def.xmlNamespace}"` : '';
      const result = output === undefined || output === null ? '' : `<${operation}Result>${children(objectOrEmpty(output), 'member')}</${operation}Result>`;
      const body = `<${operation}Response${ns}>${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
      return { status: d.status ?? 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, ...d.headers }, body };
    }
    case 'ec2Query': {
      const ns = ` xmlns="${def.xmlNamespace ?? 'http://ec2.amazonaws.com/doc/2016-11-15/'}"`;
      const body = `${XML_DECL}<${operation}Response${ns}><requestId>${requestId}</requestId>${children(objectOrEmpty(output), 'item')}</${operation}Response>`;
      return { status: d.status ?? 200, headers: { 'content-type': 'text/xml;charset=UTF-8', ...d.headers }, body };
    }
    case 'restXml': {
      const headers = { 'x-amz-request-id': requestId, 'x-amz-id-2': Buffer.from(requestId).toString('base64'), ...d.headers };
      if (d.body !== undefined) return { status: d.status ?? 200, headers: { 'content-type': 'application/octet-stream', ...headers }, body: d.body };
      const o = objectOrEmpty(output);
      const hasContent = Object.keys(o).some((k) => !k.startsWith('$') || k === '$root' || k === '$text');
      if (!hasContent) return { status: d.status ?? 200, headers, body: '' };
      const root = typeof o.$root === 'string' ? o.$root : `${operation}Result`;
      const ns = def.xmlNamespace ?? (def.signingName === 's3' ? S3_NS : undefined);
      const body = `${XML_DECL}<${root}${ns ? ` xmlns="${ns}"` : ''}>${children(o, 'member')}</${root}>`;
      return { status: d.status ?? 200, headers: { 'content-type': 'application/xml', ...headers }, body };
    }
    case 'awsJson1_0':
    case 'awsJson1_1': {
      const ct = def.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
      return { status: d.status ?? 200, headers: { 'content-type': ct, 'x-amzn-requestid': requestId, ...d.headers }, body: toJson(output) };
    }
    case 'restJson1': {
      const headers = { 'x-amzn-requestid': requestId, ...d.headers };
      if (d.body !== undefined) return { status: d.status ?? 200, headers: { 'content-type': 'application/octet-stream', ...headers }, body: d.body };
      const status = d.status ?? 200;
      return { status, headers: { 'content-type': 'application/json', ...headers }, body: status === 204 ? '' : toJson(output) };
    }
  }
}

/** Encodes an error for `def`'s protocol (`head` requests carry no body, as on S3). */
export function encodeError(def: Pick<ServiceDefinition, 'protocol' | 'xmlNamespace'>, err: SimError, requestId: string, head = false): WireResponse {
  const msg = escapeXml(err.message);
  let r: WireResponse;
  switch (def.protocol) {
    case 'awsQuery': {
      const ns = def.xmlNamespace ? ` xmlns="${def.xmlNamespace}"` : '';
      const type = err.fault === 'server' ? 'Receiver' : 'Sender';
      const body = `<ErrorResponse${ns}><Error><Type>${type}</Type><Code>${escapeXml(err.code)}</Code><Message>${msg}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
      r = { status: err.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
      break;
    }
    case 'ec2Query': {
      const body = `${XML_DECL}<Response><Errors><Error><Code>${escapeXml(err.code)}</Code><Message>${msg}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
      r = { status: err.status, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body };
      break;
    }
    case 'restXml': {
      const body = `${XML_DECL}<Error><Code>${escapeXml(err.code)}</Code><Message>${msg}</Message><RequestId>${requestId}</RequestId><HostId>${Buffer.from(requestId).toString('base64')}</HostId></Error>`;
      r = { status: err.status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId }, body };
      break;
    }
    case 'awsJson1_0':
    case 'awsJson1_1': {
      const ct = def.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
      r = { status: err.status, headers: { 'content-type': ct, 'x-amzn-requestid': requestId }, body: JSON.stringify({ __type: err.code, message: err.message }) };
      break;
    }
    case 'restJson1': {
      const body = JSON.stringify({ message: err.message, Message: err.message });
      r = { status: err.status, headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId, 'x-amzn-errortype': err.code }, body };
      break;
    }
  }
  return head ? { ...r, body: '' } : r;
}
