import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SimError } from '../../service.js';
import { applyFilters, filters, list } from './input.js';
import { toWire } from './wire.js';

test('toWire renders SDK shapes with EC2 element names from the SDK schemas', () => {
  const out = toWire('DescribeSecurityGroupsResult', {
    NextToken: 't',
    SecurityGroups: [{ GroupId: 'sg-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], UserIdGroupPairs: [{ GroupId: 'sg-2' }] }], Tags: [{ Key: 'k', Value: 'v' }] }],
  });
  assert.deepEqual(out, {
    nextToken: 't',
    securityGroupInfo: [{ groupId: 'sg-1', ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, ipRanges: [{ cidrIp: '0.0.0.0/0' }], groups: [{ groupId: 'sg-2' }] }], tagSet: [{ key: 'k', value: 'v' }] }],
  });
  assert.deepEqual(toWire('DescribeRegionsResult', { Regions: [{ RegionName: 'eu-west-1', Endpoint: 'e', OptInStatus: 'opt-in-not-required' }] }), {
    regionInfo: [{ optInStatus: 'opt-in-not-required', regionName: 'eu-west-1', regionEndpoint: 'e' }],
  });
  assert.throws(() => toWire('NoSuchShape', {}), /no SDK schema/);
});

test('filters: wire or SDK names, wildcards, AND across filters, tag filters, unknown names rejected', () => {
  const items = [
    { id: 'a', vpc: 'vpc-1', Tags: [{ Key: 'env', Value: 'prod' }] },
    { id: 'b', vpc: 'vpc-2', Tags: [{ Key: 'env', Value: 'dev' }] },
  ];
  const fields = { 'vpc-id': (i: (typeof items)[number]) => [i.vpc] };
  const wire = filters({ Filter: [{ Name: 'vpc-id', Value: ['vpc-*'] }, { Name: 'tag:env', Value: ['prod', 'qa'] }] });
  assert.deepEqual(applyFilters(items, wire, fields).map((i) => i.id), ['a']);
  const sdk = filters({ Filters: [{ Name: 'vpc-id', Values: ['vpc-?'] }] });
  assert.deepEqual(applyFilters(items, sdk, fields).map((i) => i.id), ['a', 'b']);
  assert.deepEqual(applyFilters(items, filters({ Filter: [{ Name: 'tag-key', Value: ['env'] }] }), fields).length, 2);
  assert.throws(() => applyFilters(items, filters({ Filter: [{ Name: 'nope', Value: ['x'] }] }), fields), (e: unknown) => e instanceof SimError && e.code === 'InvalidParameterValue');
  assert.deepEqual(list({ InstanceId: 'i-1' }, 'InstanceId'), ['i-1']);
  assert.deepEqual(list({ InstanceId: { 2: 'b', 1: 'a' } }, 'InstanceId'), ['a', 'b']);
});
