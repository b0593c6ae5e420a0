/**
 * Finding the service definition and operation for a request, and decoding its input in that service's
 * protocol. Services are identified by the SigV4 scope's signing name; JSON services by `X-Amz-Target`,
 * query services by `Action`, REST services by route (so `s3` and `s3-control`, which share the `s3`
 * signing name, are told apart by path).
 */
import type { ServiceDefinition } from './service.js';
import type { SimError } from './service.js';
import { coreError } from './protocols/errors.js';
import { parseForm, unflattenForm } from './protocols/form.js';
import { RouteTable } from './protocols/rest.js';
import { parseXml, xmlToObject } from './protocols/xml.js';

/** The decoded request, ready for a handler. */
export interface Decoded {
  readonly def: ServiceDefinition;
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly pathParams: Record<string, string>;
}

/** The raw request parts dispatch needs. */
export interface RawRequest {
  readonly method: string;
  readonly rawPath: string;
  readonly query: Readonly<Record<string, string>>;
  readonly queryPairs: readonly [string, string][];
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

interface ServiceGroup {
  readonly defs: ServiceDefinition[];
  readonly routes: RouteTable<ServiceDefinition>;
}

const isQuery = (d: ServiceDefinition) => d.protocol === 'awsQuery' || d.protocol === 'ec2Query';
const isJson = (d: ServiceDefinition) => d.protocol === 'awsJson1_0' || d.protocol === 'awsJson1_1';
const isRest = (d: ServiceDefinition) => d.protocol === 'restXml' || d.protocol === 'restJson1';

/** Service definitions indexed by signing name. */
export class ServiceIndex {
  private readonly groups = new Map<string, ServiceGroup>();

  constructor(defs: readonly ServiceDefinition[]) {
    for (const d of defs) {
      let g = this.groups.get(d.signingName);
      if (!g) this.groups.set(d.signingName, (g = { defs: [], routes: new RouteTable() }));
      g.defs.push(d);
      if (isRest(d)) g.routes.add(d.routes ?? [], d);
    }
  }

  /** Every signing name served. */
  get signingNames(): string[] {
    return [...this.groups.keys()].sort();
  }

  /** The definitions for a signing name (empty when simcloud does not serve it). */
  defsFor(signingName: string): readonly ServiceDefinition[] {
    return this.groups.get(signingName)?.defs ?? [];
  }

  /**
   * Picks the definition a request addresses; when none matches exactly, the first definition of the
   * signing name (so errors are still rendered in a protocol the client reads). Undefined: unknown service.
   */
  pick(signingName: string, req: RawRequest): ServiceDefinition | undefined {
    const g = this.groups.get(signingName);
    if (!g) return undefined;
    const target = req.headers['x-amz-target'];
    if (target) {
      const prefix = target.slice(0, target.lastIndexOf('.'));
      return g.defs.find((d) => isJson(d) && d.targetPrefix === prefix) ?? g.defs.find(isJson) ?? g.defs[0];
    }
    const query = g.defs.find(isQuery);
    if (query && (req.query.Action !== undefined || isForm(req))) return query;
    const m = g.routes.match(req.method, req.rawPath, req.query);
    return m?.owner ?? g.defs.find(isRest) ?? g.defs[0];
  }

  /** Decodes the operation and input for `def`; throws `SimError` (unknown operation, malformed body). */
  decode(def: ServiceDefinition, req: RawRequest): Decoded {
    if (isQuery(def)) {
      const pairs = [...req.queryPairs, ...(isForm(req) ? parseForm(req.body.toString('utf8')) : [])];
      const input = unflattenForm(pairs);
      const action = typeof input.Action === 'string' ? input.Action : '';
      delete input.Action;
      delete input.Version;
      return { def, operation: known(def, action), input, pathParams: {} };
    }
    if (isJson(def)) {
      const target = req.headers['x-amz-target'] ?? '';
      const dot = target.lastIndexOf('.');
      const prefix = target.slice(0, dot);
      const op = target.slice(dot + 1);
      if (dot < 0 || prefix !== def.targetPrefix) throw coreError(def.protocol, 'unknownOperation', `Unrecognized operation target ${target}`);
      return { def, operation: known(def, op), input: jsonBody(def, req.body), pathParams: {} };
    }
    const m = this.groups.get(def.signingName)?.routes.match(req.method, req.rawPath, req.query);
    if (!m || m.owner !== def) throw coreError(def.protocol, 'unknownOperation', `No ${def.signingName} operation matches ${req.method} ${req.rawPath}`);
    const operation = known(def, m.route.operation);
    const input: Record<string, unknown> = { ...req.query };
    if (def.protocol === 'restJson1') Object.assign(input, jsonBody(def, req.body));
    else {
      const text = req.body.toString('utf8').trim();
      if (text.startsWith('<')) {
        try {
          const root = parseXml(text);
          input[root.name] = xmlToObject(root);
        } catch (e) {
          throw coreError(def.protocol, 'malformed', `The XML you provided was not well-formed: ${(e as Error).message}`);
        }
      }
    }
    Object.assign(input, m.params);
    return { def, operation, input, pathParams: m.params };
  }
}

function isForm(req: RawRequest): boolean {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') && req.method === 'POST';
}

function known(def: ServiceDefinition, op: string): string {
  if (op && Object.prototype.hasOwnProperty.call(def.operations, op)) return op;
  const what = def.protocol === 'awsQuery' || def.protocol === 'ec2Query' ? `The action ${op || '(none)'} is not valid for this web service.` : `Operation ${op || '(none)'} is not supported by simcloud's ${def.signingName}.`;
  throw coreError(def.protocol, 'unknownOperation', what);
}

function jsonBody(def: ServiceDefinition, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim();
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // falls through
  }
  throw coreError(def.protocol, 'malformed', 'Request body is not a JSON object');
}

/** Renders the "unknown service" answer in the protocol the request looks like. */
export function unknownServiceError(signingName: string, req: RawRequest): { protocol: ServiceDefinition['protocol']; error: SimError } {
  const protocol = req.headers['x-amz-target'] ? 'awsJson1_1' : req.query.Action !== undefined || isForm(req) ? 'awsQuery' : 'restJson1';
  return { protocol, error: coreError(protocol, 'unknownOperation', `simcloud does not implement the service "${signingName}"`) };
}
