import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../model/audit/event.js';
import { describeOpening, exposesAdmin, worldOpenings } from './aws-b-network.js';

const ev = (request: Record<string, unknown>): AuditEvent => ({ id: 'e', time: 0, provider: 'aws', actor: { type: 'IAMUser', id: 'u', name: 'u', mfa: null }, service: 'ec2', action: 'AuthorizeSecurityGroupIngress', readOnly: false, resources: [], request, origin: { file: 't', index: 0 } });

test('classic ipPermissions: IPv4 and IPv6 world ranges, private ranges ignored', () => {
  const e = ev({ groupId: 'sg-1', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }, { cidrIp: '10.0.0.0/8' }] }, ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] } }] } });
  assert.deepEqual(worldOpenings(e).map(describeOpening), ['tcp/22 from 0.0.0.0/0', 'tcp/22 from ::/0']);
  assert.deepEqual(worldOpenings(ev({ ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '10.0.0.0/8' }] } }] } })), []);
});

test('ModifySecurityGroupRules request shape', () => {
  const e = ev({ ModifySecurityGroupRulesRequest: { GroupId: 'sg-1', SecurityGroupRule: { SecurityGroupRuleId: 'sgr-1', SecurityGroupRule: { IpProtocol: '-1', CidrIpv4: '0.0.0.0/0' } } } });
  assert.deepEqual(worldOpenings(e).map(describeOpening), ['all traffic from 0.0.0.0/0']);
});

test('admin exposure: admin ports inside a range, all protocols, full ranges; not web or ICMP', () => {
  assert.ok(exposesAdmin({ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' }));
  assert.ok(exposesAdmin({ protocol: 'tcp', fromPort: 3000, toPort: 4000, cidr: '0.0.0.0/0' }));
  assert.ok(exposesAdmin({ protocol: '-1', cidr: '::/0' }));
  assert.ok(exposesAdmin({ protocol: 'tcp', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0' }));
  assert.ok(!exposesAdmin({ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }));
  assert.ok(!exposesAdmin({ protocol: 'icmp', fromPort: -1, toPort: -1, cidr: '0.0.0.0/0' }));
});
