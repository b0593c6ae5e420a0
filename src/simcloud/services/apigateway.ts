/**
 * Amazon API Gateway (restJson1): REST APIs (v1, `/restapis/…`) and HTTP/WebSocket APIs (v2, `/v2/apis/…`).
 * Both versions sign as `apigateway`, so one service answers both, routed by path. `GetStages` exists in both
 * APIs under the same name; the handler tells them apart by the path label the route bound.
 */
import { defineService } from '../service.js';
import { getStagesV1, v1 } from './apigateway/v1.js';
import { getStagesV2, v2 } from './apigateway/v2.js';

export type { ApiGatewaySection, HttpApiState, RestApiState } from './apigateway/state.js';

export default defineService({
  signingName: 'apigateway',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/restapis', operation: 'GetRestApis' },
    { method: 'GET', path: '/restapis/{restApiId}', operation: 'GetRestApi' },
    { method: 'GET', path: '/restapis/{restApiId}/stages', operation: 'GetStages' },
    { method: 'GET', path: '/restapis/{restApiId}/resources', operation: 'GetResources' },
    { method: 'GET', path: '/restapis/{restApiId}/authorizers', operation: 'GetAuthorizers' },
    { method: 'GET', path: '/domainnames', operation: 'GetDomainNames' },
    { method: 'GET', path: '/v2/apis', operation: 'GetApis' },
    { method: 'GET', path: '/v2/apis/{ApiId}/routes', operation: 'GetRoutes' },
    { method: 'GET', path: '/v2/apis/{ApiId}/stages', operation: 'GetStages' },
  ],
  operations: {
    ...v1,
    ...v2,
    GetStages(input, ctx) {
      return ctx.http.path.ApiId !== undefined || input.ApiId !== undefined ? getStagesV2(input, ctx) : getStagesV1(input, ctx);
    },
  },
});
