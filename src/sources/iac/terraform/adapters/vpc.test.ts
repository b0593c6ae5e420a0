import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('VPCs, default VPCs and subnets with their defaults', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16', tags: { Name: 'main' } });
  b.resource('aws_default_vpc', 'd', {});
  b.resource('aws_subnet', 's', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.0.1.0/24', availability_zone: 'eu-west-1a' });
  b.resource('aws_default_subnet', 'ds', { availability_zone: 'eu-west-1a' });
  const v = propsOf(b, 'aws.ec2.vpc', 'aws_vpc.main');
  assert.equal(v.cidrBlock.value, '10.0.0.0/16');
  assert.equal(v.isDefault.value, false);
  assert.equal(v.resource.name, 'main');
  assert.equal(propsOf(b, 'aws.ec2.vpc', 'aws_default_vpc.d').isDefault.value, true);
  const s = propsOf(b, 'aws.ec2.subnet', 'aws_subnet.s');
  assert.equal(s.vpcId.value, '.:aws_vpc.main');
  assert.equal(s.mapPublicIpOnLaunch.value, false);
  const ds = propsOf(b, 'aws.ec2.subnet', 'aws_default_subnet.ds');
  assert.equal(ds.mapPublicIpOnLaunch.value, true);
  assert.equal(ds.vpcId.value, '.:aws_default_vpc.d');
});

test('a flow log points at the uid of the VPC, subnet or ENI it watches', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' });
  b.resource('aws_flow_log', 'fl', { vpc_id: ref('aws_vpc.main'), traffic_type: 'REJECT', log_destination: 'arn:x' });
  b.resource('aws_flow_log', 'sub', { subnet_id: ref('aws_subnet.s'), traffic_type: 'ALL', log_destination_type: 's3' });
  b.resource('aws_subnet', 's', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.0.1.0/24' });
  const f = propsOf(b, 'aws.ec2.flow-log', 'aws_flow_log.fl');
  assert.equal(f.resourceId.value, '.:aws_vpc.main');
  assert.equal(f.trafficType.value, 'REJECT');
  assert.equal(f.destinationType.value, 'cloud-watch-logs');
  const s = propsOf(b, 'aws.ec2.flow-log', 'aws_flow_log.sub');
  assert.equal(s.resourceId.value, '.:aws_subnet.s');
  assert.equal(s.destinationType.value, 's3');
});

test('network ACL entries from inline blocks and aws_network_acl_rule, with subnets from associations', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' });
  b.resource('aws_subnet', 's', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.0.1.0/24' });
  b.resource('aws_network_acl', 'n', {
    vpc_id: ref('aws_vpc.main'),
    ingress: block({ protocol: 'tcp', rule_no: 100, action: 'allow', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }),
    egress: block({ protocol: '-1', rule_no: 100, action: 'allow', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }),
  });
  const rule = b.resource('aws_network_acl_rule', 'r', { network_acl_id: ref('aws_network_acl.n'), rule_number: 200, protocol: '-1', rule_action: 'deny', cidr_block: '10.9.0.0/16' });
  b.resource('aws_network_acl_association', 'a', { network_acl_id: ref('aws_network_acl.n'), subnet_id: ref('aws_subnet.s') });
  const n = propsOf(b, 'aws.ec2.network-acl', 'aws_network_acl.n');
  assert.equal(n.vpcId.value, '.:aws_vpc.main');
  const e = n.entries.value!;
  assert.equal(e.length, 3);
  assert.deepEqual([e[0]!.egress.value, e[0]!.action.value, e[0]!.fromPort.value, e[0]!.ruleNumber.value], [false, 'allow', 22, 100]);
  assert.equal(e[1]!.egress.value, true);
  assert.deepEqual([e[2]!.action.value, e[2]!.egress.value, e[2]!.fromPort.value, e[2]!.ruleNumber.value], ['deny', false, -1, 200]);
  assert.equal(e[2]!.source.kind === 'iac' && e[2]!.source.startLine, rule.range.startLine);
  assert.deepEqual(n.subnetIds.value, ['.:aws_subnet.s']);
  assert.equal(n.isDefault.value, false);
});

test('peering connections: same-account peers are null, peer_owner_id names the other account', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'a', { cidr_block: '10.0.0.0/16' });
  b.resource('aws_vpc', 'b', { cidr_block: '10.1.0.0/16' });
  b.resource('aws_vpc_peering_connection', 'internal', { vpc_id: ref('aws_vpc.a'), peer_vpc_id: ref('aws_vpc.b'), auto_accept: true });
  b.resource('aws_vpc_peering_connection', 'partner', { vpc_id: ref('aws_vpc.a'), peer_vpc_id: 'vpc-0partner', peer_owner_id: '999988887777', peer_region: 'us-east-1' });
  const internal = propsOf(b, 'aws.ec2.vpc-peering-connection', 'aws_vpc_peering_connection.internal');
  assert.equal(internal.vpcId.value, '.:aws_vpc.a');
  assert.equal(internal.peerVpcId.value, '.:aws_vpc.b');
  assert.equal(internal.peerAccountId.value, null);
  assert.equal(internal.peerAccountId.kind, 'default');
  const partner = propsOf(b, 'aws.ec2.vpc-peering-connection', 'aws_vpc_peering_connection.partner');
  assert.equal(partner.peerAccountId.value, '999988887777');
  assert.equal(partner.peerRegion.value, 'us-east-1');
  assert.equal(partner.peerCidrBlock.kind, 'unresolvable');
});

test('Elastic IPs: associated directly or through aws_eip_association, else null', () => {
  const b = new TfBuilder();
  b.resource('aws_instance', 'web', { ami: 'ami-1', instance_type: 't3.micro' });
  b.resource('aws_eip', 'direct', { instance: ref('aws_instance.web') });
  b.resource('aws_eip', 'joined', { domain: 'vpc' });
  b.resource('aws_eip_association', 'j', { allocation_id: ref('aws_eip.joined', 'id'), instance_id: ref('aws_instance.web') });
  b.resource('aws_eip', 'spare', {});
  assert.equal(propsOf(b, 'aws.ec2.elastic-ip', 'aws_eip.direct').associatedWith.value, '.:aws_instance.web');
  assert.equal(propsOf(b, 'aws.ec2.elastic-ip', 'aws_eip.joined').associatedWith.value, '.:aws_instance.web');
  assert.equal(propsOf(b, 'aws.ec2.elastic-ip', 'aws_eip.spare').associatedWith.value, null);
  assert.equal(propsOf(b, 'aws.ec2.elastic-ip', 'aws_eip.spare').publicIp.kind, 'unresolvable');
});
