import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('load balancer defaults, listeners and WAF associations', () => {
  const b = new TfBuilder();
  b.resource('aws_security_group', 'lb', { name: 'lb' });
  b.resource('aws_lb', 'web', { name: 'web', security_groups: [ref('aws_security_group.lb')], subnets: ['subnet-1', 'subnet-2'] });
  b.resource('aws_lb', 'int', { name: 'int', internal: true, load_balancer_type: 'network', access_logs: block({ bucket: 'logs', enabled: true }), enable_deletion_protection: true });
  b.resource('aws_lb', 'nolog', { name: 'nolog', access_logs: block({ bucket: 'logs' }) });
  b.resource('aws_lb_listener', 'http', {
    load_balancer_arn: ref('aws_lb.web', 'arn'),
    port: 80,
    default_action: block({ type: 'redirect', redirect: block({ port: '443', protocol: 'HTTPS', status_code: 'HTTP_301' }) }),
  });
  b.resource('aws_lb_listener', 'https', { load_balancer_arn: ref('aws_lb.web', 'arn'), port: 443, protocol: 'HTTPS', certificate_arn: 'c', default_action: block({ type: 'forward', target_group_arn: 'tg' }) });
  b.resource('aws_lb_listener', 'tcp', { load_balancer_arn: ref('aws_lb.int', 'arn'), port: 22, default_action: block({ type: 'forward', target_group_arn: 'tg' }) });
  b.resource('aws_wafv2_web_acl', 'acl', { name: 'acl', scope: 'REGIONAL' });
  b.resource('aws_wafv2_web_acl_association', 'a', { resource_arn: ref('aws_lb.web', 'arn'), web_acl_arn: ref('aws_wafv2_web_acl.acl', 'arn') });
  const w = propsOf(b, 'aws.elbv2.load-balancer', 'aws_lb.web');
  assert.deepEqual([w.lbType.value, w.scheme.value, w.dropInvalidHeaderFields.value, w.deletionProtection.value, w.accessLogsEnabled.value], ['application', 'internet-facing', false, false, false]);
  assert.deepEqual(w.securityGroups.value, ['.:aws_security_group.lb']);
  assert.deepEqual(w.subnets.value, ['subnet-1', 'subnet-2']);
  const i = propsOf(b, 'aws.elbv2.load-balancer', 'aws_lb.int');
  assert.deepEqual([i.lbType.value, i.scheme.value, i.accessLogsEnabled.value, i.deletionProtection.value], ['network', 'internal', true, true]);
  // The provider leaves access logs off unless enabled = true, even with a bucket.
  assert.equal(propsOf(b, 'aws.elbv2.load-balancer', 'aws_lb.nolog').accessLogsEnabled.value, false);
  const http = propsOf(b, 'aws.elbv2.listener', 'aws_lb_listener.http');
  assert.deepEqual([http.loadBalancerId.value, http.protocol.value, http.port.value, http.sslPolicy.value, http.redirectsToHttps.value], ['.:aws_lb.web', 'HTTP', 80, null, true]);
  const https = propsOf(b, 'aws.elbv2.listener', 'aws_lb_listener.https');
  assert.deepEqual([https.protocol.value, https.sslPolicy.value, https.redirectsToHttps.value], ['HTTPS', 'ELBSecurityPolicy-2016-08', false]);
  assert.equal(propsOf(b, 'aws.elbv2.listener', 'aws_lb_listener.tcp').protocol.value, 'TCP');
  const a = propsOf(b, 'aws.wafv2.web-acl-association', 'aws_wafv2_web_acl_association.a');
  assert.equal(a.resourceId.value, '.:aws_lb.web');
  assert.equal(a.webAclId.value, '.:aws_wafv2_web_acl.acl');
});
