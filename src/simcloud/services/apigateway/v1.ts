/** API Gateway v1 (REST APIs) read operations. Lists are under `item` on the wire, paged by `position`/`limit`. */
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { epochSeconds, field, omit, pageOf } from '../edge/common.js';
import { apigwSection, type RestApiState } from './state.js';

const PAGE = { max: 500, def: 25, badToken: 'BadRequestException' };

function api(input: Record<string, unknown>, ctx: CallContext): RestApiState {
  const id = field(input, 'restApiId', ctx.http.path) ?? '';
  const hit = apigwSection(ctx).restApis.find((a) => a.id === id);
  if (!hit) throw new SimError('NotFoundException', 'Invalid API identifier specified', 404);
  return hit;
}

function restApi(a: RestApiState): Record<string, unknown> {
  return {
    ...omit(a, ['stages', 'resources', 'authorizers', 'policy', 'createdDate']),
    createdDate: epochSeconds(a.createdDate ?? '2024-01-01T00:00:00Z'),
    endpointConfiguration: a.endpointConfiguration ?? { types: ['EDGE'] },
    apiKeySource: a.apiKeySource ?? 'HEADER',
    disableExecuteApiEndpoint: a.disableExecuteApiEndpoint ?? false,
    // The API returns the policy as an escaped JSON string.
    policy: a.policy === undefined ? undefined : typeof a.policy === 'string' ? a.policy : JSON.stringify(a.policy),
  };
}

const q = (input: Record<string, unknown>, ctx: CallContext, name: string) => field(input, name, ctx.http.query);

/** The v1 operations; `GetStages` is shared with v2 (same operation name) and dispatched in ../apigateway.ts. */
export const v1: Record<string, OperationHandler> = {
  GetRestApis(input, ctx) {
    const { page, next } = pageOf(apigwSection(ctx).restApis, q(input, ctx, 'position'), q(input, ctx, 'limit'), PAGE);
    return { item: page.map(restApi), position: next };
  },
  GetRestApi(input, ctx) {
    return restApi(api(input, ctx));
  },
  GetResources(input, ctx) {
    const a = api(input, ctx);
    const embed = ctx.http.query.embed ?? (Array.isArray(input.embed) ? input.embed.join(',') : '');
    const withMethods = embed.split(',').includes('methods');
    const items = (a.resources ?? []).map((r) => {
      const methods = (r.resourceMethods ?? {}) as Record<string, Record<string, unknown>>;
      // Without embed=methods AWS lists the method names only.
      const rendered = Object.fromEntries(Object.entries(methods).map(([verb, m]) => [verb, withMethods ? { httpMethod: verb, authorizationType: 'NONE', apiKeyRequired: false, ...m } : {}]));
      return { ...r, resourceMethods: Object.keys(rendered).length > 0 ? rendered : undefined };
    });
    const { page, next } = pageOf(items, q(input, ctx, 'position'), q(input, ctx, 'limit'), PAGE);
    return { item: page, position: next };
  },
  GetDomainNames(input, ctx) {
    const { page, next } = pageOf(apigwSection(ctx).domainNames, q(input, ctx, 'position'), q(input, ctx, 'limit'), PAGE);
    return { item: page, position: next };
  },
  GetAuthorizers(input, ctx) {
    const a = api(input, ctx);
    const { page, next } = pageOf(a.authorizers ?? [], q(input, ctx, 'position'), q(input, ctx, 'limit'), PAGE);
    return { item: page, position: next };
  },
};

/** GET /restapis/{restApiId}/stages: not paginated by AWS. */
export function getStagesV1(input: Record<string, unknown>, ctx: CallContext): unknown {
  const a = api(input, ctx);
  const deploymentId = q(input, ctx, 'deploymentId');
  const stages = (a.stages ?? []).filter((s) => deploymentId === undefined || s.deploymentId === deploymentId);
  return { item: stages.map((s) => ({ ...s, createdDate: epochSeconds(s.createdDate), lastUpdatedDate: epochSeconds(s.lastUpdatedDate) })) };
}
