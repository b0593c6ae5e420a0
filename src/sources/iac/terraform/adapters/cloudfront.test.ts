import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

const behavior = (policy: string) => block({ target_origin_id: 's3', viewer_protocol_policy: policy, allowed_methods: ['GET'], cached_methods: ['GET'] });

test('a distribution: behaviors, custom certificate, logging, origins with OAC and custom settings, web ACL', () => {
  const b = new TfBuilder();
  b.resource('aws_cloudfront_origin_access_control', 'oac', { name: 'site' });
  b.resource('aws_cloudfront_distribution', 'site', {
    enabled: true,
    default_root_object: 'index.html',
    web_acl_id: 'arn:aws:wafv2:us-east-1:1:global/webacl/x/1',
    origin: block(
      { domain_name: 'bucket.s3.eu-west-1.amazonaws.com', origin_id: 's3', origin_access_control_id: ref('aws_cloudfront_origin_access_control.oac') },
      { domain_name: 'app.example.com', origin_id: 'app', custom_origin_config: block({ origin_protocol_policy: 'https-only', origin_ssl_protocols: ['TLSv1.2'], http_port: 80, https_port: 443 }) },
    ),
    default_cache_behavior: behavior('redirect-to-https'),
    ordered_cache_behavior: block({ path_pattern: '/api/*', target_origin_id: 'app', viewer_protocol_policy: 'allow-all' }),
    logging_config: block({ bucket: 'logs.s3.amazonaws.com' }),
    viewer_certificate: block({ acm_certificate_arn: 'arn:aws:acm:us-east-1:1:certificate/c', minimum_protocol_version: 'TLSv1.2_2021' }),
  });
  const d = propsOf(b, 'aws.cloudfront.distribution', 'aws_cloudfront_distribution.site');
  assert.deepEqual(d.viewerProtocolPolicies.value, ['redirect-to-https', 'allow-all']);
  assert.equal(d.defaultCertificate.value, false);
  assert.equal(d.minimumProtocolVersion.value, 'TLSv1.2_2021');
  assert.equal(d.loggingEnabled.value, true);
  assert.equal(d.defaultRootObject.value, 'index.html');
  assert.equal(d.webAclId.value, 'arn:aws:wafv2:us-east-1:1:global/webacl/x/1');
  const [s3, app] = d.origins.value as NonNullable<typeof d.origins.value>;
  assert.deepEqual([s3!.s3, s3!.originAccessControlId, s3!.originAccessIdentity], [true, '.:aws_cloudfront_origin_access_control.oac', null]);
  assert.deepEqual([app!.s3, app!.originProtocolPolicy, app!.originSslProtocols], [false, 'https-only', ['TLSv1.2']]);
});

test('a bare distribution: default certificate, TLSv1 floor, no logging; an unknown origin setting makes the origins unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_cloudfront_distribution', 'bare', { enabled: true, default_cache_behavior: behavior('allow-all'), origin: block({ domain_name: 'x.s3.amazonaws.com', origin_id: 's3', origin_access_control_id: unknown() }) });
  const d = propsOf(b, 'aws.cloudfront.distribution', 'aws_cloudfront_distribution.bare');
  assert.equal(d.defaultCertificate.value, true);
  assert.equal(d.minimumProtocolVersion.value, 'TLSv1');
  assert.equal(d.loggingEnabled.value, false);
  assert.equal(d.defaultRootObject.value, null);
  assert.equal(d.webAclId.value, null);
  assert.equal(d.origins.kind, 'unresolvable');
});

test('API Gateway domain names: v1 security_policy (unknown when absent) and the v2 configuration block', () => {
  const b = new TfBuilder();
  b.resource('aws_api_gateway_domain_name', 'old', { domain_name: 'old.example.com', security_policy: 'TLS_1_0' });
  b.resource('aws_api_gateway_domain_name', 'unset', { domain_name: 'unset.example.com', endpoint_configuration: block({ types: ['REGIONAL'] }) });
  b.resource('aws_apigatewayv2_domain_name', 'ws', { domain_name: 'ws.example.com', domain_name_configuration: block({ security_policy: 'TLS_1_2', endpoint_type: 'REGIONAL', certificate_arn: 'arn:c' }) });
  const old = propsOf(b, 'aws.apigateway.domain-name', 'aws_api_gateway_domain_name.old');
  assert.equal(old.securityPolicy.value, 'TLS_1_0');
  assert.equal(old.endpointType.value, 'EDGE');
  const unset = propsOf(b, 'aws.apigateway.domain-name', 'aws_api_gateway_domain_name.unset');
  assert.equal(unset.securityPolicy.kind, 'unresolvable');
  assert.equal(unset.endpointType.value, 'REGIONAL');
  const ws = propsOf(b, 'aws.apigateway.domain-name', 'aws_apigatewayv2_domain_name.ws');
  assert.deepEqual([ws.securityPolicy.value, ws.endpointType.value], ['TLS_1_2', 'REGIONAL']);
});

test('Shield Advanced: a declared subscription is active; protections name the protected resource uid', () => {
  const b = new TfBuilder();
  b.resource('aws_cloudfront_distribution', 'site', { enabled: true });
  b.resource('aws_shield_subscription', 'sub', {});
  b.resource('aws_shield_protection', 'site', { name: 'site', resource_arn: ref('aws_cloudfront_distribution.site', 'arn') });
  const sub = propsOf(b, 'aws.shield.subscription', 'aws_shield_subscription.sub');
  assert.equal(sub.active.value, true);
  assert.equal(sub.autoRenew.value, 'ENABLED');
  assert.equal(propsOf(b, 'aws.shield.protection', 'aws_shield_protection.site').resourceArn.value, '.:aws_cloudfront_distribution.site');
});
