import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('a REST API joins its stages (logs, method settings, WAF), open methods and authorizers', () => {
  const b = new TfBuilder();
  b.resource('aws_api_gateway_rest_api', 'api', { name: 'api', endpoint_configuration: block({ types: ['REGIONAL'] }) });
  b.resource('aws_api_gateway_resource', 'pets', { rest_api_id: ref('aws_api_gateway_rest_api.api'), parent_id: ref('aws_api_gateway_rest_api.api', 'root_resource_id'), path_part: 'pets' });
  b.resource('aws_api_gateway_method', 'get', { rest_api_id: ref('aws_api_gateway_rest_api.api'), resource_id: ref('aws_api_gateway_resource.pets'), http_method: 'GET', authorization: 'NONE' });
  b.resource('aws_api_gateway_method', 'options', { rest_api_id: ref('aws_api_gateway_rest_api.api'), resource_id: ref('aws_api_gateway_resource.pets'), http_method: 'OPTIONS', authorization: 'NONE' });
  b.resource('aws_api_gateway_method', 'put', { rest_api_id: ref('aws_api_gateway_rest_api.api'), resource_id: ref('aws_api_gateway_resource.pets'), http_method: 'PUT', authorization: 'NONE', api_key_required: true });
  b.resource('aws_api_gateway_authorizer', 'a', { rest_api_id: ref('aws_api_gateway_rest_api.api'), name: 'a' });
  b.resource('aws_cloudwatch_log_group', 'logs', { name: '/api' });
  b.resource('aws_api_gateway_stage', 'prod', { rest_api_id: ref('aws_api_gateway_rest_api.api'), stage_name: 'prod', access_log_settings: block({ destination_arn: ref('aws_cloudwatch_log_group.logs', 'arn'), format: 'x' }) });
  b.resource('aws_api_gateway_method_settings', 'all', { rest_api_id: ref('aws_api_gateway_rest_api.api'), stage_name: ref('aws_api_gateway_stage.prod', 'stage_name'), method_path: '*/*', settings: block({ logging_level: 'INFO' }) });
  b.resource('aws_wafv2_web_acl', 'acl', { name: 'acl' });
  b.resource('aws_wafv2_web_acl_association', 'waf', { resource_arn: ref('aws_api_gateway_stage.prod', 'arn'), web_acl_arn: ref('aws_wafv2_web_acl.acl', 'arn') });
  const api = propsOf(b, 'aws.apigateway.rest-api', 'aws_api_gateway_rest_api.api');
  assert.equal(api.endpointType.value, 'REGIONAL');
  assert.deepEqual(api.unauthenticatedMethods.value, ['GET /pets']);
  assert.deepEqual(api.authorizerTypes.value, ['TOKEN']);
  assert.deepEqual(api.stages.value, [{ name: 'prod', accessLogsEnabled: true, executionLoggingLevel: 'INFO', tracingEnabled: false, webAclArn: '.:aws_wafv2_web_acl.acl', clientCertificateId: null }]);
  assert.equal(api.policy.value, null);
});

test('an OpenAPI body leaves methods unknown; an unknown stage setting makes the stages unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_api_gateway_rest_api', 'api', { name: 'api', body: unknown('templatefile(...)') });
  b.resource('aws_api_gateway_stage', 'prod', { rest_api_id: ref('aws_api_gateway_rest_api.api'), stage_name: 'prod', xray_tracing_enabled: unknown() });
  const api = propsOf(b, 'aws.apigateway.rest-api', 'aws_api_gateway_rest_api.api');
  assert.equal(api.endpointType.value, 'EDGE');
  assert.equal(api.unauthenticatedMethods.kind, 'unresolvable');
  assert.equal(api.stages.kind, 'unresolvable');
});

test('an HTTP API joins routes and stages; quick create adds an open $default route', () => {
  const b = new TfBuilder();
  b.resource('aws_apigatewayv2_api', 'http', { name: 'http', protocol_type: 'HTTP', target: 'arn:aws:lambda:eu-west-1:1:function:f' });
  b.resource('aws_apigatewayv2_route', 'open', { api_id: ref('aws_apigatewayv2_api.http'), route_key: 'GET /items' });
  b.resource('aws_apigatewayv2_route', 'jwt', { api_id: ref('aws_apigatewayv2_api.http'), route_key: 'POST /items', authorization_type: 'JWT' });
  b.resource('aws_apigatewayv2_stage', 'default', { api_id: ref('aws_apigatewayv2_api.http'), name: '$default', default_route_settings: block({ logging_level: 'ERROR' }) });
  const api = propsOf(b, 'aws.apigateway.http-api', 'aws_apigatewayv2_api.http');
  assert.equal(api.protocolType.value, 'HTTP');
  assert.deepEqual(api.unauthenticatedRoutes.value, ['GET /items', '$default']);
  assert.deepEqual(api.stages.value, [{ name: '$default', accessLogsEnabled: false, executionLoggingLevel: 'ERROR', tracingEnabled: false, webAclArn: null, clientCertificateId: null }]);
});
