/**
 * simcloud's HTTP server: request → SigV4 → service/region/caller → protocol decode → handler → protocol encode.
 * Binds 127.0.0.1 unless told otherwise; serves every module of `services/catalog.generated.ts`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { CallContext, ServiceDefinition, WireProtocol } from './service.js';
import { SimError } from './service.js';
import { SERVICE_MODULES } from './services/catalog.generated.js';
import { ServiceIndex, unknownServiceError } from './dispatch.js';
import type { RawRequest } from './dispatch.js';
import { encodeError, encodeOutput } from './protocols/encode.js';
import type { WireResponse } from './protocols/encode.js';
import { coreError } from './protocols/errors.js';
import { authenticate, parseAuth, queryPairs } from './sigv4.js';
import { FaultInjector } from './faults.js';
import type { FaultOptions } from './faults.js';
import { decodeAwsChunked } from './chunked.js';
import type { WorldState } from './world/state.js';

/** Server options. */
export interface SimcloudServerOptions {
  readonly faults?: FaultOptions;
  /** Service definitions (default: every module in the generated catalogue). */
  readonly services?: readonly ServiceDefinition[];
  /** The server's clock (session expiry); tests move it forward. */
  readonly clock?: () => Date;
  /** Called once per answered request (for progress and benchmark counters). */
  readonly onRequest?: (info: { service: string; operation: string; status: number; code?: string }) => void;
}

/** A running or ready-to-listen simcloud. */
export interface SimcloudServer {
  readonly server: Server;
  readonly faults: FaultInjector;
  readonly services: ServiceIndex;
  /** Starts listening; resolves with the endpoint URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(',') : v;
  return out;
}

function send(res: ServerResponse, r: WireResponse): void {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  res.writeHead(r.status, { ...r.headers, 'content-length': String(body.length), date: new Date().toUTCString() });
  res.end(body);
}

/** IAM action prefixes that differ from the signing name (a `denied` entry may use either). */
const ACTION_PREFIX: Readonly<Record<string, string>> = { monitoring: 'cloudwatch' };

function wildcard(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern.toLowerCase() === value.toLowerCase();
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return re.test(value);
}

/** Whether a world `denied` list (`service`, `service:Action`, `service:Get*`) covers this operation. */
export function isDenied(denied: readonly string[], signingName: string, operation: string): boolean {
  const prefixes = [signingName, ACTION_PREFIX[signingName]].filter((p): p is string => !!p);
  return denied.some((d) => prefixes.some((p) => d === p || wildcard(d, `${p}:${operation}`)));
}

/** Creates the server for `world` (not yet listening). */
export function createSimcloudServer(world: WorldState, opts: SimcloudServerOptions = {}): SimcloudServer {
  const services = new ServiceIndex(opts.services ?? SERVICE_MODULES.map((m) => m.module));
  const faults = new FaultInjector(opts.faults);
  const clock = opts.clock ?? (() => new Date());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const headers = flatHeaders(req);
    let body = await readBody(req);
    const pairs = queryPairs(rawQuery);
    const raw: RawRequest = { method: req.method ?? 'GET', rawPath, query: Object.fromEntries(pairs), queryPairs: pairs, headers, body };
    const head = raw.method === 'HEAD';
    let protocol: WireProtocol = 'restJson1';
    let def: ServiceDefinition | undefined;
    let service = '';
    let operation = '';
    const fail = (e: SimError) => {
      send(res, encodeError(def ?? { protocol }, e, requestId, head));
      opts.onRequest?.({ service, operation, status: e.status, code: e.code });
    };
    try {
      const declared = parseAuth({ method: raw.method, rawPath, rawQuery, headers, body });
      service = declared && !('error' in declared) ? declared.service : '';
      if (!service) {
        // Unsigned or malformed: guess the protocol from the request's shape for the error.
        const guess = unknownServiceError('?', raw).protocol;
        protocol = guess;
        throw coreError(guess, declared ? 'incompleteSignature' : 'missingAuth', declared && 'error' in declared ? declared.error : 'Request is missing Authentication Token');
      }
      def = services.pick(service, raw);
      if (!def) {
        const u = unknownServiceError(service, raw);
        protocol = u.protocol;
        throw u.error;
      }
      protocol = def.protocol;
      const authn = authenticate(world, { method: raw.method, rawPath, rawQuery, headers, body }, clock());
      if (!authn.ok) throw coreError(protocol, authn.kind, authn.message);
      if (headers['content-encoding']?.includes('aws-chunked')) body = decodeAwsChunked(body);
      const decoded = services.decode(def, { ...raw, body });
      operation = decoded.operation;
      await faults.delay();
      const fault = faults.pick(protocol);
      if (fault) throw fault;
      const caller = authn.caller;
      const account = world.accounts.get(caller.accountId);
      if (!account) throw coreError(protocol, 'unknownKey', 'The security token included in the request is invalid.');
      const region = authn.auth.region;
      if (!def.global && !account.enabledRegions.includes(region)) {
        throw coreError(protocol, 'disabledRegion', `The region ${region} is not enabled for account ${account.id} (opt-in region not enabled).`);
      }
      const action = `${def.signingName}:${operation}`;
      if (isDenied(caller.denied, def.signingName, operation)) {
        throw coreError(protocol, 'accessDenied', `User: ${caller.arn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`);
      }
      const ctx: CallContext = { world, account, region, caller, operation, http: { path: decoded.pathParams, query: raw.query, headers, body }, requestId };
      const output = await def.operations[operation]!(decoded.input, ctx);
      const r = encodeOutput(def, operation, output, requestId);
      send(res, head ? { ...r, body: '' } : r);
      opts.onRequest?.({ service, operation, status: r.status });
    } catch (e) {
      if (e instanceof SimError) fail(e);
      else fail(new SimError('InternalError', `simcloud handler failed: ${(e as Error)?.message ?? String(e)}`, 500));
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(e));
      }
    });
  });
  server.keepAliveTimeout = 5000;

  return {
    server,
    faults,
    services,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          resolve(`http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
