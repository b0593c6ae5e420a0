/**
 * API Gateway in Terraform. A REST API is assembled from its split-out resources: stages
 * (aws_api_gateway_stage, with aws_api_gateway_method_settings and WAF associations joined), methods
 * (aws_api_gateway_method), authorizers and aws_api_gateway_rest_api_policy. An HTTP/WebSocket API joins
 * aws_apigatewayv2_stage and aws_apigatewayv2_route. APIs defined by an OpenAPI `body` leave their methods
 * unknown: the document, not the resources, declares them.
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { ApiGatewayHttpApiProperties, ApiGatewayRestApiProperties, ApiStageSummary } from '../../../../model/aws/api.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import type { Scope } from './scope.js';

/** Known values of `parts` combined by `f`, or the first unresolvable part. */
function combine<T>(parts: readonly Value<unknown>[], f: () => T, source: Value<unknown>['source']): Value<T> {
  const bad = parts.find((p) => !isKnown(p));
  return bad ? (bad as Value<never>) : explicit(f(), source);
}

function listOf<T>(items: readonly Value<T>[], s: Scope, none: string): Value<readonly T[]> {
  const bad = items.find((i) => !isKnown(i));
  if (bad) return bad as Value<never>;
  return items.length > 0 ? explicit(items.map((i) => i.value as T), items[0]!.source) : defaulted([], s.blockProv(), none);
}

/** Whether an attribute is set: a reference to another resource's attribute counts (it is never empty). */
function isSet(ctx: AdaptContext, s: Scope, path: string): Value<boolean> {
  const n = s.node(path);
  if (n === undefined) return defaulted(false, s.blockProv(), `no ${path}`);
  if (n.t === 'unknown' && ctx.refTarget(n, s.inst)) return explicit(true, s.blockProv());
  return mapValue(s.strOrNull(path), (v) => v !== null && v !== '');
}

function restStage(ctx: AdaptContext, stage: TfResourceInstance): Value<ApiStageSummary> {
  const s = ctx.scope(stage);
  const name = s.str('stage_name', undefined, 'stage_name is required');
  const logs = isSet(ctx, s, 'access_log_settings.destination_arn');
  const tracing = s.bool('xray_tracing_enabled', false);
  const cert = s.refOrNull('client_certificate_id', ['aws_api_gateway_client_certificate'], []);
  // Method settings for every method (`*/*`) of this stage set its execution logging level.
  const all = ctx.joined(stage, ['aws_api_gateway_method_settings'], 'stage_name', ['stage_name']).map((m) => ctx.scope(m)).find((m) => isKnown(m.str('method_path')) && m.str('method_path').value === '*/*');
  const level = all ? all.strOrNull('settings.logging_level') : defaulted<string | null>(null, s.blockProv(), 'no method settings for */*');
  const waf = ctx.joined(stage, ['aws_wafv2_web_acl_association'], 'resource_arn', [])[0];
  const webAcl = waf ? ctx.scope(waf).ref('web_acl_arn', ['aws_wafv2_web_acl'], ['name']) : defaulted<string | null>(null, s.blockProv());
  return combine([name, logs, tracing, cert, level, webAcl], () => ({
    name: name.value as string,
    accessLogsEnabled: logs.value as boolean,
    executionLoggingLevel: level.value as string | null,
    tracingEnabled: tracing.value as boolean,
    webAclArn: webAcl.value as string | null,
    clientCertificateId: cert.value as string | null,
  }), s.blockProv());
}

function method(ctx: AdaptContext, m: TfResourceInstance): Value<string | undefined> {
  const s = ctx.scope(m);
  const verb = s.str('http_method', undefined, 'http_method is required');
  const auth = s.str('authorization', undefined, 'authorization is required');
  const key = s.bool('api_key_required', false);
  const resource = ctx.refTarget(s.node('resource_id'), m);
  const path = resource?.type === 'aws_api_gateway_resource' ? ctx.scope(resource).str('path_part') : undefined;
  // A preflight (OPTIONS) answers without credentials by design; open = NONE and no API key.
  return combine([verb, auth, key], () => (verb.value !== 'OPTIONS' && auth.value === 'NONE' && key.value !== true ? `${verb.value as string} ${path && isKnown(path) ? `/${path.value}` : resource ? '/' : `(${m.address})`}` : undefined), s.blockProv());
}

function adaptRestApi(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const separatePolicy = ctx.joined(inst, ['aws_api_gateway_rest_api_policy'], 'rest_api_id', [])[0];
  const methods = ctx.joined(inst, ['aws_api_gateway_method'], 'rest_api_id', []).map((m) => method(ctx, m));
  const authorizers = ctx.joined(inst, ['aws_api_gateway_authorizer'], 'rest_api_id', []).map((a) => ctx.scope(a).str('type', 'TOKEN'));
  const open = listOf(methods, s, 'no method is declared');
  const props: ApiGatewayRestApiProperties = {
    endpointType: mapValue(s.strList('endpoint_configuration.types', ['EDGE'], 'edge-optimized unless endpoint_configuration says otherwise'), (t) => t[0] ?? 'EDGE'),
    stages: listOf(ctx.joined(inst, ['aws_api_gateway_stage'], 'rest_api_id', []).map((st) => restStage(ctx, st)), s, 'no stage is declared'),
    unauthenticatedMethods: s.has('body') ? unresolvable('the methods are declared in the OpenAPI body', s.blockProv()) : mapValue(open, (xs) => xs.filter((x): x is string => x !== undefined)),
    authorizerTypes: mapValue(listOf(authorizers, s, 'no authorizer is declared'), (xs) => [...new Set(xs)]),
    policy: separatePolicy ? ctx.scope(separatePolicy).policy('policy') : s.policy('policy', 'no resource policy'),
    disableExecuteApiEndpoint: s.bool('disable_execute_api_endpoint', false),
  };
  return ctx.resource(inst, 'aws.apigateway.rest-api', props, s.str('name'));
}

function httpStage(ctx: AdaptContext, stage: TfResourceInstance): Value<ApiStageSummary> {
  const s = ctx.scope(stage);
  const name = s.str('name', undefined, 'name is required');
  const logs = isSet(ctx, s, 'access_log_settings.destination_arn');
  const level = s.strOrNull('default_route_settings.logging_level');
  const cert = s.strOrNull('client_certificate_id');
  return combine([name, logs, level, cert], () => ({
    name: name.value as string, accessLogsEnabled: logs.value as boolean, executionLoggingLevel: level.value as string | null,
    tracingEnabled: false, webAclArn: null, clientCertificateId: cert.value as string | null,
  }), s.blockProv());
}

function adaptHttpApi(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const routes = ctx.joined(inst, ['aws_apigatewayv2_route'], 'api_id', []).map((r) => {
    const rs = ctx.scope(r);
    const key = rs.str('route_key', undefined, 'route_key is required');
    const auth = rs.str('authorization_type', 'NONE');
    const apiKey = rs.bool('api_key_required', false);
    return combine([key, auth, apiKey], () => (auth.value === 'NONE' && apiKey.value !== true && !(key.value as string).startsWith('OPTIONS ') ? (key.value as string) : undefined), rs.blockProv());
  });
  // Quick create (`target` on the API) adds a $default route without authorization.
  if (s.has('target')) routes.push(explicit<string | undefined>('$default', s.blockProv()));
  const props: ApiGatewayHttpApiProperties = {
    protocolType: s.str('protocol_type', undefined, 'protocol_type is required'),
    stages: listOf(ctx.joined(inst, ['aws_apigatewayv2_stage'], 'api_id', []).map((st) => httpStage(ctx, st)), s, 'no stage is declared'),
    unauthenticatedRoutes: s.has('body') ? unresolvable('the routes are declared in the OpenAPI body', s.blockProv()) : mapValue(listOf(routes, s, 'no route is declared'), (xs) => xs.filter((x): x is string => x !== undefined)),
    disableExecuteApiEndpoint: s.bool('disable_execute_api_endpoint', false),
  };
  return ctx.resource(inst, 'aws.apigateway.http-api', props, s.str('name'));
}

export function adaptApiGateway(ctx: AdaptContext): Resource[] {
  return [...ctx.each(['aws_api_gateway_rest_api'], (i) => adaptRestApi(ctx, i)), ...ctx.each(['aws_apigatewayv2_api'], (i) => adaptHttpApi(ctx, i))];
}
