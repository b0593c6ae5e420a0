/**
 * API Gateway REST APIs (v1: endpoint type, stages with logging, tracing and WAF, methods open without
 * authorization, authorizers, resource policy) and HTTP/WebSocket APIs (v2: stages, routes open without
 * authorization), and the custom domain names both kinds share (their TLS security policy). `OPTIONS` methods and routes are not counted as unauthenticated: they answer CORS
 * preflights, which carry no credentials by design.
 */
import { APIGatewayClient, GetAuthorizersCommand, GetDomainNamesCommand, GetResourcesCommand, GetRestApisCommand, GetStagesCommand, type RestApi, type Stage } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand, GetRoutesCommand, GetStagesCommand as GetStagesV2Command, type Api } from '@aws-sdk/client-apigatewayv2';
import type { Value } from '../../../../model/core/index.js';
import { parsePolicyDocument, type ApiGatewayDomainNameProperties, type ApiGatewayHttpApiProperties, type ApiGatewayRestApiProperties, type ApiStageSummary, type PolicyDocument } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live } from './edge/shared.js';

const REST = 'apigateway:GetRestApis';
const REST_STAGES = 'apigateway:GetStages';
const RESOURCES = 'apigateway:GetResources';
const AUTHORIZERS = 'apigateway:GetAuthorizers';
const HTTP = 'apigateway:GetApis';
const ROUTES = 'apigateway:GetRoutes';
const DOMAINS = 'apigateway:GetDomainNames';

function restStage(s: Stage): ApiStageSummary {
  return {
    name: s.stageName ?? '',
    accessLogsEnabled: Boolean(s.accessLogSettings?.destinationArn),
    executionLoggingLevel: s.methodSettings?.['*/*']?.loggingLevel ?? null,
    tracingEnabled: s.tracingEnabled === true,
    webAclArn: s.webAclArn ?? null,
    clientCertificateId: s.clientCertificateId ?? null,
  };
}

/** API Gateway returns the policy as JSON whose quotes may arrive backslash-escaped. */
function restPolicy(ctx: CollectorContext, raw: string | undefined): Value<PolicyDocument | null> {
  const src = ctx.prov(REST);
  if (raw === undefined || raw === '') return apiValue(null, src);
  const doc = parsePolicyDocument(raw);
  if (doc.ok) return apiValue(doc.document, src);
  const unescaped = parsePolicyDocument(raw.replace(/\\"/g, '"').replace(/\\\//g, '/'));
  return unescaped.ok ? apiValue(unescaped.document, src) : apiUnknown({ reason: 'InvalidPolicy', message: doc.error }, src);
}

async function collectRestApi(ctx: CollectorContext, apigw: APIGatewayClient, api: RestApi): Promise<void> {
  const id = api.id!;
  const uid = `arn:aws:apigateway:${ctx.region}::/restapis/${id}`;
  const about = { resourceId: uid };
  const src = ctx.prov(REST);
  const stages = await ctx.call(REST_STAGES, () => apigw.send(new GetStagesCommand({ restApiId: id })), about);
  const resources = await ctx.paginate(RESOURCES, async (position) => {
    const o = await apigw.send(new GetResourcesCommand({ restApiId: id, position, limit: 100, embed: ['methods'] }));
    return { items: o.items ?? [], next: o.position };
  });
  const authorizers = await ctx.paginate(AUTHORIZERS, async (position) => {
    const o = await apigw.send(new GetAuthorizersCommand({ restApiId: id, position, limit: 100 }));
    return { items: o.items ?? [], next: o.position };
  });
  const props: ApiGatewayRestApiProperties = {
    endpointType: apiValue(api.endpointConfiguration?.types?.[0] ?? 'EDGE', src),
    stages: fromCall(ctx, REST_STAGES, stages, (o) => (o.item ?? []).map(restStage)),
    unauthenticatedMethods: fromCall(ctx, RESOURCES, resources, (items) =>
      items.flatMap((r) =>
        Object.entries(r.resourceMethods ?? {})
          .filter(([verb, m]) => verb !== 'OPTIONS' && (m.authorizationType ?? 'NONE') === 'NONE' && m.apiKeyRequired !== true)
          .map(([verb]) => `${verb} ${r.path ?? '/'}`),
      ),
    ),
    authorizerTypes: fromCall(ctx, AUTHORIZERS, authorizers, (items) => [...new Set(items.flatMap((a) => (a.type ? [a.type] : [])))]),
    policy: restPolicy(ctx, api.policy),
    disableExecuteApiEndpoint: apiValue(api.disableExecuteApiEndpoint === true, src),
  };
  ctx.emit(live(ctx, 'aws.apigateway.rest-api', uid, api.name ?? id, REST, props, apiValue({ ...(api.tags ?? {}) }, src)));
}

async function collectHttpApi(ctx: CollectorContext, v2: ApiGatewayV2Client, api: Api): Promise<void> {
  const id = api.ApiId!;
  const uid = `arn:aws:apigateway:${ctx.region}::/apis/${id}`;
  const src = ctx.prov(HTTP);
  const routes = await ctx.paginate(ROUTES, async (token) => {
    const o = await v2.send(new GetRoutesCommand({ ApiId: id, NextToken: token, MaxResults: '100' }));
    return { items: o.Items ?? [], next: o.NextToken };
  });
  const stages = await ctx.paginate(REST_STAGES, async (token) => {
    const o = await v2.send(new GetStagesV2Command({ ApiId: id, NextToken: token, MaxResults: '100' }));
    return { items: o.Items ?? [], next: o.NextToken };
  });
  const props: ApiGatewayHttpApiProperties = {
    protocolType: apiValue(api.ProtocolType ?? 'HTTP', src),
    stages: fromCall(ctx, REST_STAGES, stages, (items) =>
      items.map((s): ApiStageSummary => ({
        name: s.StageName ?? '',
        accessLogsEnabled: Boolean(s.AccessLogSettings?.DestinationArn),
        executionLoggingLevel: s.DefaultRouteSettings?.LoggingLevel ?? null,
        tracingEnabled: false,
        webAclArn: null,
        clientCertificateId: s.ClientCertificateId ?? null,
      })),
    ),
    unauthenticatedRoutes: fromCall(ctx, ROUTES, routes, (items) =>
      items.filter((r) => (r.AuthorizationType ?? 'NONE') === 'NONE' && r.ApiKeyRequired !== true && !(r.RouteKey ?? '').startsWith('OPTIONS ')).map((r) => r.RouteKey ?? ''),
    ),
    disableExecuteApiEndpoint: apiValue(api.DisableExecuteApiEndpoint === true, src),
  };
  ctx.emit(live(ctx, 'aws.apigateway.http-api', uid, api.Name ?? id, HTTP, props, apiValue({ ...(api.Tags ?? {}) }, src)));
}

/** Custom domain names (the v1 listing covers the names HTTP and WebSocket APIs use too). */
async function collectDomainNames(ctx: CollectorContext, apigw: APIGatewayClient): Promise<void> {
  const domains = await ctx.paginate(DOMAINS, async (position) => {
    const o = await apigw.send(new GetDomainNamesCommand({ position, limit: 100 }));
    return { items: o.items ?? [], next: o.position };
  });
  if (!domains.ok) return;
  const src = ctx.prov(DOMAINS);
  for (const d of domains.value) {
    if (!d.domainName) continue;
    const props: ApiGatewayDomainNameProperties = {
      securityPolicy: d.securityPolicy ? apiValue(d.securityPolicy, src) : apiUnknown({ reason: 'NotReturned', message: 'GetDomainNames returned no securityPolicy for this name' }, src),
      endpointType: apiValue(d.endpointConfiguration?.types?.[0] ?? 'EDGE', src),
    };
    ctx.emit(live(ctx, 'aws.apigateway.domain-name', `arn:aws:apigateway:${ctx.region}::/domainnames/${d.domainName}`, d.domainName, DOMAINS, props, apiValue({ ...(d.tags ?? {}) }, src)));
  }
}

export default defineCollector({
  id: 'apigateway',
  scope: 'regional',
  apiCalls: [REST, REST_STAGES, RESOURCES, AUTHORIZERS, HTTP, ROUTES, DOMAINS],
  // API Gateway authorizes reads by HTTP verb on resource paths, not by operation name.
  permissions: ['apigateway:GET'],
  emits: ['aws.apigateway.rest-api', 'aws.apigateway.http-api', 'aws.apigateway.domain-name'],
  async collect(ctx) {
    const apigw = ctx.client(APIGatewayClient);
    const rest = await ctx.paginate(REST, async (position) => {
      const o = await apigw.send(new GetRestApisCommand({ position, limit: 100 }));
      return { items: o.items ?? [], next: o.position };
    });
    if (rest.ok) await forEachLimited(rest.value.filter((a) => a.id), 4, (a) => collectRestApi(ctx, apigw, a));

    const v2 = ctx.client(ApiGatewayV2Client);
    const http = await ctx.paginate(HTTP, async (token) => {
      const o = await v2.send(new GetApisCommand({ NextToken: token, MaxResults: '100' }));
      return { items: o.Items ?? [], next: o.NextToken };
    });
    if (http.ok) await forEachLimited(http.value.filter((a) => a.ApiId), 4, (a) => collectHttpApi(ctx, v2, a));
    await collectDomainNames(ctx, apigw);
  },
});
