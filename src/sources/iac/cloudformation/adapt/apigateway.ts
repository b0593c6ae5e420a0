/**
 * API Gateway in CloudFormation, assembled like the Terraform adapter: a REST API with its Stage, Method and
 * Authorizer resources joined; an HTTP/WebSocket API with its Stage and Route resources. APIs defined by an
 * OpenAPI `Body` (or `BodyS3Location`) leave their methods unknown: the document declares them.
 */
import type { ApiGatewayHttpApiProperties, ApiGatewayRestApiProperties, ApiStageSummary } from '../../../../model/aws/api.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter, type AdaptContext, type ResolvedResource } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';
import { policyAt, targets } from './policy.js';

function joins(ctx: AdaptContext, type: string, prop: string, r: ResolvedResource): readonly ResolvedResource[] {
  return ctx.ofType(type).filter((e) => targets(nodeAt(e.props, prop), r.logicalId, undefined, ctx));
}

/** Set or not: a value computed at deploy from another resource (`!GetAtt Logs.Arn`) counts as set. */
function isSet(rd: Reader, path: string): Value<boolean> {
  const n = nodeAt(rd.root, path);
  if (n === undefined) return defaulted(false, rd.block, `no ${path}`);
  if (n.t === 'unknown') return n.ref ? explicit(true, rd.block) : unresolvable(`${path}: ${n.reason}`, rd.block);
  return mapValue(rd.strOrNull(path), (v) => v !== null && v !== '');
}

function combine<T>(parts: readonly Value<unknown>[], f: () => T, source: Value<unknown>['source']): Value<T> {
  const bad = parts.find((p) => !isKnown(p));
  return bad ? (bad as Value<never>) : explicit(f(), source);
}

function listOf<T>(items: readonly Value<T>[], rd: Reader, none: string): Value<readonly T[]> {
  const bad = items.find((i) => !isKnown(i));
  if (bad) return bad as Value<never>;
  return items.length > 0 ? explicit(items.map((i) => i.value as T), items[0]!.source) : defaulted([], rd.block, none);
}

/** The execution logging level of the settings for every method (`/*` and `*`), or null. */
function allMethodsLevel(rd: Reader): Value<string | null> {
  const n = nodeAt(rd.root, 'MethodSettings');
  if (n === undefined) return defaulted(null, rd.block, 'no MethodSettings');
  if (n.t !== 'list') return unresolvable('MethodSettings is not a list', rd.block);
  const i = n.items.findIndex((m) => { const p = nodeAt(m, 'ResourcePath'); const h = nodeAt(m, 'HttpMethod'); return p?.t === 'scalar' && p.value === '/*' && h?.t === 'scalar' && h.value === '*'; });
  return i < 0 ? defaulted(null, rd.block, 'no settings for every method') : rd.strOrNull(`MethodSettings.${i}.LoggingLevel`);
}

function restStage(ctx: AdaptContext, st: ResolvedResource): Value<ApiStageSummary> {
  const rd = new Reader(ctx, st);
  const name = rd.str('StageName', { unresolvable: 'StageName is generated' });
  const logs = isSet(rd, 'AccessLogSetting.DestinationArn');
  const tracing = rd.bool('TracingEnabled', false);
  const cert = isSet(rd, 'ClientCertificateId');
  const level = allMethodsLevel(rd);
  const waf = joins(ctx, 'AWS::WAFv2::WebACLAssociation', 'ResourceArn', st)[0];
  return combine([name, logs, tracing, cert, level], () => ({
    name: name.value as string, accessLogsEnabled: logs.value as boolean, executionLoggingLevel: level.value as string | null,
    tracingEnabled: tracing.value as boolean, webAclArn: waf ? waf.logicalId : null, clientCertificateId: cert.value ? '(set)' : null,
  }), ctx.prov(st.range));
}

function openMethod(ctx: AdaptContext, m: ResolvedResource): Value<string | undefined> {
  const rd = new Reader(ctx, m);
  const verb = rd.str('HttpMethod', { unresolvable: 'HttpMethod is required' });
  const auth = rd.str('AuthorizationType', { value: 'NONE' });
  const key = rd.bool('ApiKeyRequired', false);
  const res = nodeAt(rd.root, 'ResourceId');
  const target = res?.t === 'unknown' && res.ref && !res.ref.attribute ? ctx.byId(res.ref.logicalId) : undefined;
  const part = target?.type === 'AWS::ApiGateway::Resource' ? nodeAt(target.props, 'PathPart') : undefined;
  const path = part?.t === 'scalar' ? `/${String(part.value)}` : '/';
  return combine([verb, auth, key], () => (verb.value !== 'OPTIONS' && auth.value === 'NONE' && key.value !== true ? `${verb.value as string} ${path}` : undefined), ctx.prov(m.range));
}

/** AWS::ApiGateway::RestApi. */
export const restApi: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const byBody = nodeAt(rd.root, 'Body') !== undefined || nodeAt(rd.root, 'BodyS3Location') !== undefined;
  const methods = listOf(joins(ctx, 'AWS::ApiGateway::Method', 'RestApiId', r).map((m) => openMethod(ctx, m)), rd, 'no method is declared');
  const props: ApiGatewayRestApiProperties = {
    endpointType: rd.str('EndpointConfiguration.Types.0', { value: 'EDGE' }),
    stages: listOf(joins(ctx, 'AWS::ApiGateway::Stage', 'RestApiId', r).map((s) => restStage(ctx, s)), rd, 'no stage is declared'),
    unauthenticatedMethods: byBody ? unresolvable('the methods are declared in the OpenAPI body', rd.block) : mapValue(methods, (xs) => xs.filter((x): x is string => x !== undefined)),
    authorizerTypes: mapValue(listOf(joins(ctx, 'AWS::ApiGateway::Authorizer', 'RestApiId', r).map((a) => new Reader(ctx, a).str('Type', { unresolvable: 'Type is required' })), rd, 'no authorizer is declared'), (xs) => [...new Set(xs)]),
    policy: policyAt(rd, 'Policy'),
    disableExecuteApiEndpoint: rd.bool('DisableExecuteApiEndpoint', false),
  };
  return envelope(ctx, r, 'aws.apigateway.rest-api', rd.str('Name', { unresolvable: 'Name comes from the OpenAPI body' }), tagsOf(rd), props);
};

/** AWS::ApiGatewayV2::Api; quick create (`Target`) adds a $default route without authorization. */
export const httpApi: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const routes = joins(ctx, 'AWS::ApiGatewayV2::Route', 'ApiId', r).map((x) => {
    const xr = new Reader(ctx, x);
    const key = xr.str('RouteKey', { unresolvable: 'RouteKey is required' });
    const auth = xr.str('AuthorizationType', { value: 'NONE' });
    const apiKey = xr.bool('ApiKeyRequired', false);
    return combine([key, auth, apiKey], () => (auth.value === 'NONE' && apiKey.value !== true && !(key.value as string).startsWith('OPTIONS ') ? (key.value as string) : undefined), ctx.prov(x.range));
  });
  if (nodeAt(rd.root, 'Target') !== undefined) routes.push(explicit<string | undefined>('$default', rd.block));
  const stages = joins(ctx, 'AWS::ApiGatewayV2::Stage', 'ApiId', r).map((st) => {
    const sr = new Reader(ctx, st);
    const name = sr.str('StageName', { unresolvable: 'StageName is required' });
    const logs = isSet(sr, 'AccessLogSettings.DestinationArn');
    const level = sr.strOrNull('DefaultRouteSettings.LoggingLevel');
    const cert = isSet(sr, 'ClientCertificateId');
    return combine([name, logs, level, cert], (): ApiStageSummary => ({
      name: name.value as string, accessLogsEnabled: logs.value as boolean, executionLoggingLevel: level.value as string | null,
      tracingEnabled: false, webAclArn: null, clientCertificateId: cert.value ? '(set)' : null,
    }), ctx.prov(st.range));
  });
  const byBody = nodeAt(rd.root, 'Body') !== undefined || nodeAt(rd.root, 'BodyS3Location') !== undefined;
  const props: ApiGatewayHttpApiProperties = {
    protocolType: rd.str('ProtocolType', byBody ? { unresolvable: 'the protocol comes from the OpenAPI body' } : { value: 'HTTP' }),
    stages: listOf(stages, rd, 'no stage is declared'),
    unauthenticatedRoutes: byBody ? unresolvable('the routes are declared in the OpenAPI body', rd.block) : mapValue(listOf(routes, rd, 'no route is declared'), (xs) => xs.filter((x): x is string => x !== undefined)),
    disableExecuteApiEndpoint: rd.bool('DisableExecuteApiEndpoint', false),
  };
  return envelope(ctx, r, 'aws.apigateway.http-api', rd.str('Name', { unresolvable: 'Name comes from the OpenAPI body' }), tagsOf(rd), props);
};
