import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { line, propsOf } from './test-support/props.js';

test('inline ingress blocks carry their own provenance; absent egress means none (Terraform drops the default)', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' });
  b.resource('aws_security_group', 'web', {
    name: 'web',
    vpc_id: ref('aws_vpc.main'),
    ingress: block(
      { from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] },
      { from_port: 443, to_port: 443, protocol: 'tcp', self: true, security_groups: [ref('aws_security_group.lb')] },
    ),
  });
  b.resource('aws_security_group', 'lb', { name: 'lb' });
  const p = propsOf(b, 'aws.ec2.security-group', 'aws_security_group.web');
  assert.equal(p.vpcId.value, '.:aws_vpc.main');
  assert.equal(p.groupName.value, 'web');
  assert.equal(p.description.value, 'Managed by Terraform');
  assert.equal(p.isDefault.value, false);
  const ingress = p.ingress.value!;
  assert.equal(ingress.length, 2);
  assert.equal(ingress[0]!.fromPort.value, 22);
  assert.deepEqual(ingress[0]!.ipv4Ranges.value, ['0.0.0.0/0']);
  assert.deepEqual(ingress[0]!.ipv6Ranges, { kind: 'default', value: [], source: ingress[0]!.source });
  assert.equal(ingress[0]!.source.kind === 'iac' && ingress[0]!.source.startLine, 8);
  assert.deepEqual(ingress[1]!.sourceSecurityGroups.value, ['.:aws_security_group.lb', '.:aws_security_group.web']);
  assert.equal(p.egress.kind, 'default');
  assert.deepEqual(p.egress.value, []);
  assert.match(p.egress.reason ?? '', /removes the allow-all egress/);
});

test('aws_security_group_rule and aws_vpc_security_group_*_rule join as rules with their own provenance', () => {
  const b = new TfBuilder();
  b.resource('aws_security_group', 'web', { name: 'web' });
  const rule = b.resource('aws_security_group_rule', 'ssh', {
    type: 'ingress',
    security_group_id: ref('aws_security_group.web'),
    from_port: 22,
    to_port: 22,
    protocol: 'tcp',
    cidr_blocks: ['0.0.0.0/0'],
  });
  b.resource('aws_security_group_rule', 'out', { type: 'egress', security_group_id: ref('aws_security_group.web'), from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] });
  b.resource('aws_vpc_security_group_ingress_rule', 'v6', { security_group_id: ref('aws_security_group.web'), ip_protocol: '-1', cidr_ipv6: '::/0' });
  b.resource('aws_vpc_security_group_egress_rule', 'e', { security_group_id: ref('aws_security_group.web'), ip_protocol: 'tcp', from_port: 443, to_port: 443, referenced_security_group_id: ref('aws_security_group.web') });
  const p = propsOf(b, 'aws.ec2.security-group', 'aws_security_group.web');
  const [ssh, v6] = p.ingress.value!;
  assert.equal(ssh!.source.kind === 'iac' && ssh!.source.startLine, rule.range.startLine);
  assert.deepEqual(ssh!.ipv4Ranges.value, ['0.0.0.0/0']);
  assert.equal(v6!.protocol.value, '-1');
  assert.equal(v6!.fromPort.value, -1);
  assert.deepEqual(v6!.ipv6Ranges.value, ['::/0']);
  assert.deepEqual(v6!.ipv4Ranges.value, []);
  assert.equal(p.egress.value!.length, 2);
  assert.deepEqual(p.egress.value![1]!.sourceSecurityGroups.value, ['.:aws_security_group.web']);
});

test('the default security group is marked default and loses its rules unless declared', () => {
  const b = new TfBuilder();
  b.resource('aws_default_security_group', 'd', { vpc_id: 'vpc-123' });
  const p = propsOf(b, 'aws.ec2.security-group', 'aws_default_security_group.d');
  assert.equal(p.isDefault.value, true);
  assert.equal(p.groupName.value, 'default');
  assert.equal(p.vpcId.value, 'vpc-123');
  assert.deepEqual(p.ingress.value, []);
});

test('an unknown CIDR list or a dynamic block over an unknown collection stays unresolvable', () => {
  const b = new TfBuilder();
  b.resource('aws_security_group', 'web', {
    name: 'web',
    ingress: block({ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: unknown('var.cidrs has no value') }),
  });
  b.resource('aws_security_group', 'dyn', { name: 'dyn', egress: unknown('var.rules has no value') });
  const p = propsOf(b, 'aws.ec2.security-group', 'aws_security_group.web');
  assert.equal(p.ingress.value![0]!.ipv4Ranges.kind, 'unresolvable');
  assert.equal(line(p.ingress.value![0]!.ipv4Ranges), 7);
  const d = propsOf(b, 'aws.ec2.security-group', 'aws_security_group.dyn');
  assert.equal(d.egress.kind, 'unresolvable');
  assert.equal(d.egress.reason, 'var.rules has no value');
});
