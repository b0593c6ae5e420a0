/** API Gateway v2 (HTTP and WebSocket APIs) read operations, under `/v2/`, paged by `nextToken`/`maxResults`. */
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { field, isoTime, omit, pageOf } from '../edge/common.js';
import { apigwSection, type HttpApiState } from './state.js';

const PAGE = { max: 500, def: 100, badToken: 'BadRequestException' };

function api(input: Record<string, unknown>, ctx: CallContext): HttpApiState {
  const id = field(input, 'ApiId', ctx.http.path) ?? field(input, 'apiId', ctx.http.path) ?? '';
  const hit = apigwSection(ctx).apis.find((a) => a.apiId === id);
  if (!hit) throw new SimError('NotFoundException', `Invalid API identifier specified ${ctx.account.id}:${id}`, 404);
  return hit;
}

const page = (items: readonly unknown[], input: Record<string, unknown>, ctx: CallContext) =>
  pageOf(items, field(input, 'nextToken', ctx.http.query) ?? field(input, 'NextToken'), field(input, 'maxResults', ctx.http.query) ?? field(input, 'MaxResults'), PAGE);

function httpApi(a: HttpApiState, ctx: CallContext): Record<string, unknown> {
  const protocolType = a.protocolType ?? 'HTTP';
  return {
    ...omit(a, ['routes', 'stages', 'createdDate']),
    protocolType,
    // createdDate is an iso8601 timestamp in the v2 model (unlike v1's epoch seconds).
    createdDate: isoTime(a.createdDate ?? '2024-01-01T00:00:00Z'),
    apiEndpoint: a.apiEndpoint ?? `${protocolType === 'WEBSOCKET' ? 'wss' : 'https'}://${a.apiId}.execute-api.${ctx.region}.amazonaws.com`,
    routeSelectionExpression: a.routeSelectionExpression ?? (protocolType === 'WEBSOCKET' ? '$request.body.action' : '$request.method $request.path'),
    disableExecuteApiEndpoint: a.disableExecuteApiEndpoint ?? false,
    tags: a.tags ?? {},
  };
}

export const v2: Record<string, OperationHandler> = {
  GetApis(input, ctx) {
    const { page: items, next } = page(apigwSection(ctx).apis, input, ctx);
    return { items: items.map((a) => httpApi(a as HttpApiState, ctx)), nextToken: next };
  },
  GetRoutes(input, ctx) {
    const a = api(input, ctx);
    const { page: items, next } = page(a.routes ?? [], input, ctx);
    return { items: items.map((r) => ({ authorizationType: 'NONE', apiKeyRequired: false, ...(r as object) })), nextToken: next };
  },
};

export function getStagesV2(input: Record<string, unknown>, ctx: CallContext): unknown {
  const a = api(input, ctx);
  const { page: items, next } = page(a.stages ?? [], input, ctx);
  return {
    items: items.map((s) => {
      const st = s as Record<string, unknown>;
      return { ...st, createdDate: isoTime(st.createdDate), lastUpdatedDate: isoTime(st.lastUpdatedDate) };
    }),
    nextToken: next,
  };
}
