import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref, unknown } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('route tables: inline routes and aws_route, target kinds, associated subnets, main tables', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc', 'main', { cidr_block: '10.0.0.0/16' });
  b.resource('aws_internet_gateway', 'igw', { vpc_id: ref('aws_vpc.main') });
  b.resource('aws_subnet', 'web', { vpc_id: ref('aws_vpc.main'), cidr_block: '10.0.1.0/24' });
  b.resource('aws_route_table', 'public', { vpc_id: ref('aws_vpc.main'), route: block({ cidr_block: '0.0.0.0/0', gateway_id: ref('aws_internet_gateway.igw') }) });
  b.resource('aws_route', 'peer', { route_table_id: ref('aws_route_table.public'), destination_cidr_block: '10.50.0.0/16', vpc_peering_connection_id: 'pcx-1' });
  b.resource('aws_route_table_association', 'web', { subnet_id: ref('aws_subnet.web'), route_table_id: ref('aws_route_table.public') });
  b.resource('aws_default_route_table', 'main', { default_route_table_id: ref('aws_vpc.main', 'default_route_table_id'), route: block({ cidr_block: '0.0.0.0/0', gateway_id: 'igw-literal' }) });
  b.resource('aws_route_table', 'unknown', { vpc_id: ref('aws_vpc.main'), route: block({ cidr_block: '0.0.0.0/0', gateway_id: unknown() }) });
  const pub = propsOf(b, 'aws.ec2.route-table', 'aws_route_table.public');
  assert.deepEqual(pub.subnetIds.value, ['.:aws_subnet.web']);
  assert.equal(pub.isMain.value, false);
  const routes = pub.routes.value!;
  assert.deepEqual(routes.map((r) => [r.destinationCidrBlock.value, r.targetKind.value, r.target.value]), [['0.0.0.0/0', 'internet-gateway', '.:aws_internet_gateway.igw'], ['10.50.0.0/16', 'vpc-peering-connection', 'pcx-1']]);
  const main = propsOf(b, 'aws.ec2.route-table', 'aws_default_route_table.main');
  assert.equal(main.isMain.value, true);
  assert.equal(main.vpcId.value, '.:aws_vpc.main');
  assert.equal(main.routes.value![0]!.targetKind.value, 'internet-gateway');
  assert.equal(propsOf(b, 'aws.ec2.route-table', 'aws_route_table.unknown').routes.value![0]!.targetKind.kind, 'unresolvable');
  assert.deepEqual(propsOf(b, 'aws.ec2.internet-gateway', 'aws_internet_gateway.igw').attachedVpcIds.value, ['.:aws_vpc.main']);
});

test('VPC endpoints: Gateway by default, inline or separate policy as JSON text, null without one', () => {
  const b = new TfBuilder();
  b.resource('aws_vpc_endpoint', 'bare', { vpc_id: 'vpc-1', service_name: 'com.amazonaws.eu-west-1.s3' });
  b.resource('aws_vpc_endpoint', 'scoped', { vpc_id: 'vpc-1', service_name: 'com.amazonaws.eu-west-1.s3', vpc_endpoint_type: 'Interface' });
  b.resource('aws_vpc_endpoint_policy', 'p', { vpc_endpoint_id: ref('aws_vpc_endpoint.scoped'), policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }) });
  const bare = propsOf(b, 'aws.ec2.vpc-endpoint', 'aws_vpc_endpoint.bare');
  assert.equal(bare.endpointType.value, 'Gateway');
  assert.equal(bare.policy.value, null);
  const scoped = propsOf(b, 'aws.ec2.vpc-endpoint', 'aws_vpc_endpoint.scoped');
  assert.equal(scoped.endpointType.value, 'Interface');
  assert.match(String(scoped.policy.value), /s3:GetObject/);
});
