/**
 * The API Gateway world section (`regions[<region>].apigateway`), in the JSON the APIs put on the wire
 * (camelCase for both v1 and v2). REST APIs carry their `stages`, `resources` (with `resourceMethods`) and
 * `authorizers`; HTTP/WebSocket APIs carry their `routes` and `stages`.
 */
import type { CallContext } from '../../service.js';
import { regionalSection } from '../../world/state.js';

export interface RestApiState {
  id: string;
  name?: string;
  createdDate?: string | number;
  endpointConfiguration?: { types?: string[]; vpcEndpointIds?: string[] };
  /** Resource policy JSON (string or object). */
  policy?: string | Record<string, unknown>;
  disableExecuteApiEndpoint?: boolean;
  tags?: Record<string, string>;
  stages?: Record<string, unknown>[];
  /** GetResources items: `{id, path, resourceMethods: {GET: {authorizationType, apiKeyRequired, ...}}}`. */
  resources?: Record<string, unknown>[];
  authorizers?: Record<string, unknown>[];
  [k: string]: unknown;
}

export interface HttpApiState {
  apiId: string;
  name?: string;
  /** `HTTP` (default) or `WEBSOCKET`. */
  protocolType?: string;
  createdDate?: string | number;
  disableExecuteApiEndpoint?: boolean;
  tags?: Record<string, string>;
  routes?: Record<string, unknown>[];
  stages?: Record<string, unknown>[];
  [k: string]: unknown;
}

export interface ApiGatewaySection {
  restApis: RestApiState[];
  apis: HttpApiState[];
  /** GetDomainNames items: `{domainName, securityPolicy, endpointConfiguration: {types}, ...}`. */
  domainNames: Record<string, unknown>[];
}

export function apigwSection(ctx: CallContext): ApiGatewaySection {
  const s = regionalSection<ApiGatewaySection>(ctx.account, ctx.region, 'apigateway', () => ({ restApis: [], apis: [], domainNames: [] }));
  s.restApis ??= [];
  s.apis ??= [];
  s.domainNames ??= [];
  return s;
}
