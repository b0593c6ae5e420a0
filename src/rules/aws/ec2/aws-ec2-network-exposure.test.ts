import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable } from '../../../model/core/index.js';
import { fixtureContext } from '../../kit/aws-logging-fixtures.js';
import { naclEntry, networkAcl } from '../../kit/aws-network-fixtures.js';
import { naclAllTrafficVerdict } from '../../kit/aws-network-nacl-all.js';
import { routeFixture, routeTableFixture, subnetFixture } from '../../kit/aws-network-model-fixtures.js';
import { subnetIsPublic } from '../../kit/aws-network-routing.js';
import { isWidePublicV4, isWidePublicV6 } from './aws-ec2-sg-wide-public-cidr.js';
import { acceptsOldTls } from '../apigateway/aws-apigateway-domain-tls12.js';

test('wide public ranges: private, shared and link-local space and the whole internet are not "wide public"', () => {
  for (const c of ['52.0.0.0/8', '203.0.0.0/16', '172.32.0.0/12', '11.0.0.0/8', '198.51.100.0/23']) assert.equal(isWidePublicV4(c), true, c);
  for (const c of ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '0.0.0.0/0', '198.51.100.0/24', 'not-a-cidr']) assert.equal(isWidePublicV4(c), false, c);
  assert.equal(isWidePublicV6('2001:db8::/32'), true);
  for (const c of ['::/0', 'fd00::/8', 'fe80::/10', '2001:db8:1::/48']) assert.equal(isWidePublicV6(c), false, c);
});

test('API Gateway TLS policies: TLS_1_0 and enhanced policies with a 1.0/1.1 floor accept old TLS', () => {
  for (const p of ['TLS_1_0', 'SecurityPolicy_TLS13_1_0_2021_06', 'SecurityPolicy_TLS12_1_1_2020']) assert.equal(acceptsOldTls(p), true, p);
  for (const p of ['TLS_1_2', 'SecurityPolicy_TLS13_1_2_2021_06', 'SecurityPolicy_TLS13_1_3_2025_09']) assert.equal(acceptsOldTls(p), false, p);
});

test('NACL all-traffic verdict follows rule numbers, ignores narrower entries and stays unknown on unknown CIDRs', () => {
  const entries = (xs: Parameters<typeof naclEntry>[0][]) => networkAcl(xs.map(naclEntry)).properties.entries;
  assert.equal(naclAllTrafficVerdict(entries([{ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }]), 'ipv4', false).open, true);
  assert.equal(naclAllTrafficVerdict(entries([{ n: 200, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }, { n: 100, action: 'deny', protocol: '-1', cidr: '0.0.0.0/0' }]), 'ipv4', false).open, false);
  // A narrower CIDR or a single protocol does not decide all traffic from the internet.
  assert.equal(naclAllTrafficVerdict(entries([{ n: 50, action: 'deny', protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' }, { n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }]), 'ipv4', false).open, true);
  assert.equal(naclAllTrafficVerdict(entries([{ n: 100, action: 'allow', protocol: '-1', cidr: '10.0.0.0/8' }]), 'ipv4', false).open, false);
  assert.equal(naclAllTrafficVerdict(entries([{ n: 100, action: 'allow', protocol: '-1', cidr: unresolvable('var.cidr') }]), 'ipv4', false).open, undefined);
  assert.equal(naclAllTrafficVerdict(entries([{ n: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0', egress: true }]), 'ipv4', false).open, false);
});

test('a subnet is public through its explicit table first, else the main table; unknown associations keep it unknown', () => {
  const vpc = 'vpc-main';
  const igw = routeFixture('0.0.0.0/0', 'internet-gateway', 'igw-1');
  const local = routeFixture('10.0.0.0/16', 'local', null);
  const subnet = subnetFixture('subnet-a', vpc, true);
  const privateTable = routeTableFixture('rtb-private', vpc, { subnets: ['subnet-a'], routes: [local] });
  const publicMain = routeTableFixture('rtb-main', vpc, { main: true, routes: [local, igw] });
  assert.equal(subnetIsPublic(fixtureContext([subnet, privateTable, publicMain]), subnet).verdict, false);
  assert.equal(subnetIsPublic(fixtureContext([subnet, publicMain]), subnet).verdict, true);
  const unknownAssoc = { ...privateTable, properties: { ...privateTable.properties, subnetIds: unresolvable<readonly string[]>('AccessDenied') } };
  assert.equal(subnetIsPublic(fixtureContext([subnet, unknownAssoc, publicMain]), subnet).verdict, undefined);
  const blackhole = routeTableFixture('rtb-bh', vpc, { subnets: ['subnet-a'], routes: [{ ...igw, state: explicit('blackhole') }] });
  assert.equal(subnetIsPublic(fixtureContext([subnet, blackhole]), subnet).verdict, false);
});
