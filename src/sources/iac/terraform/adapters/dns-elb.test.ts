import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

const HTTPS = { lb_port: 443, lb_protocol: 'https', instance_port: 80, instance_protocol: 'http', ssl_certificate_id: 'arn:aws:acm:eu-west-1:1:certificate/c' };
const HTTP = { lb_port: 80, lb_protocol: 'http', instance_port: 8080, instance_protocol: 'http' };
const https = block(HTTPS);

test('a zone with a vpc block is private; a joined aws_route53_query_log names the log group', () => {
  const b = new TfBuilder();
  b.resource('aws_route53_zone', 'public', { name: 'example.com' });
  b.resource('aws_route53_zone', 'corp', { name: 'corp.internal', vpc: block({ vpc_id: 'vpc-1' }) });
  b.resource('aws_cloudwatch_log_group', 'dns', { name: '/aws/route53/example.com' });
  b.resource('aws_route53_query_log', 'public', { zone_id: ref('aws_route53_zone.public', 'zone_id'), cloudwatch_log_group_arn: ref('aws_cloudwatch_log_group.dns', 'arn') });
  const pub = propsOf(b, 'aws.route53.hosted-zone', 'aws_route53_zone.public');
  assert.equal(pub.privateZone.value, false);
  assert.equal(pub.privateZone.kind, 'default');
  assert.equal(pub.queryLogGroup.value, '.:aws_cloudwatch_log_group.dns');
  assert.equal(pub.recordCount.kind, 'unresolvable');
  const corp = propsOf(b, 'aws.route53.hosted-zone', 'aws_route53_zone.corp');
  assert.equal(corp.privateZone.value, true);
  assert.equal(corp.queryLogGroup.value, null);
});

test('a query log for an unknown zone leaves every zone of the module unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_route53_zone', 'public', { name: 'example.com' });
  b.resource('aws_route53_query_log', 'any', { zone_id: unknown(), cloudwatch_log_group_arn: 'arn:aws:logs:us-east-1:1:log-group:x' });
  assert.equal(propsOf(b, 'aws.route53.hosted-zone', 'aws_route53_zone.public').queryLogGroup.kind, 'unresolvable');
});

test('an aws_elb: provider defaults, listeners, and the negotiation policy attached through listener policies', () => {
  const b = new TfBuilder();
  b.resource('aws_elb', 'web', { name: 'web', listener: block(HTTP, HTTPS), instances: [ref('aws_instance.a')] });
  b.resource('aws_instance', 'a', { ami: 'ami-1', instance_type: 't3.micro' });
  b.resource('aws_load_balancer_policy', 'tls', {
    load_balancer_name: ref('aws_elb.web', 'name'), policy_name: 'tls', policy_type_name: 'SSLNegotiationPolicyType',
    policy_attribute: block({ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }),
  });
  b.resource('aws_load_balancer_listener_policy', 'https', { load_balancer_name: ref('aws_elb.web', 'name'), load_balancer_port: 443, policy_names: [ref('aws_load_balancer_policy.tls', 'policy_name')] });
  const lb = propsOf(b, 'aws.elb.load-balancer', 'aws_elb.web');
  assert.equal(lb.scheme.value, 'internet-facing');
  assert.equal(lb.crossZoneLoadBalancing.value, true, 'the provider default');
  assert.equal(lb.connectionDraining.value, false);
  assert.equal(lb.accessLogsEnabled.value, false);
  assert.deepEqual(lb.instances.value, ['.:aws_instance.a']);
  assert.deepEqual(lb.listeners.value, [
    { protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 8080, sslPolicy: null, sslProtocols: null },
    { protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTP', instancePort: 80, sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01', sslProtocols: null },
  ]);
});

test('a custom negotiation policy lists its protocols; an unknown listener policy makes the listeners unknown', () => {
  const b = new TfBuilder();
  b.resource('aws_elb', 'web', { name: 'web', internal: true, listener: https, access_logs: block({ bucket: 'logs' }) });
  b.resource('aws_load_balancer_policy', 'custom', {
    load_balancer_name: 'web', policy_name: 'custom', policy_type_name: 'SSLNegotiationPolicyType',
    policy_attribute: block({ name: 'Protocol-TLSv1', value: 'true' }, { name: 'Protocol-TLSv1.2', value: 'true' }, { name: 'Protocol-SSLv3', value: 'false' }),
  });
  b.resource('aws_load_balancer_listener_policy', 'https', { load_balancer_name: 'web', load_balancer_port: 443, policy_names: ['custom'] });
  const lb = propsOf(b, 'aws.elb.load-balancer', 'aws_elb.web');
  assert.equal(lb.scheme.value, 'internal');
  assert.equal(lb.accessLogsEnabled.value, true, 'an access_logs block is enabled by default');
  assert.deepEqual(lb.listeners.value?.[0]?.sslProtocols, ['TLSv1', 'TLSv1.2']);
  assert.equal(lb.listeners.value?.[0]?.sslPolicy, 'custom');

  const u = new TfBuilder();
  u.resource('aws_elb', 'web', { name: 'web', listener: https });
  u.resource('aws_load_balancer_listener_policy', 'any', { load_balancer_name: unknown(), load_balancer_port: 443, policy_names: ['x'] });
  assert.equal(propsOf(u, 'aws.elb.load-balancer', 'aws_elb.web').listeners.kind, 'unresolvable');
});
