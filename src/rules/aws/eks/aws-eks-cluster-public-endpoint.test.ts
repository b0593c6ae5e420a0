import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Value } from '../../../model/core/index.js';
import type { ModelResource } from '../../../model/types.js';
import type { Outcome, RuleContext } from '../../kit/index.js';
import rule from './aws-eks-cluster-public-endpoint.js';

function cluster(pub: Value<boolean>, cidrs: Value<readonly string[]>): ModelResource<'aws.eks.cluster'> {
  return {
    uid: 'c', type: 'aws.eks.cluster', provider: 'aws', name: 'c', tags: explicit({}), origin: { kind: 'live', call: 'test' }, source: { kind: 'none' },
    properties: { version: explicit('1.31'), endpointPublicAccess: pub, endpointPrivateAccess: explicit(true), publicAccessCidrs: cidrs, enabledLogTypes: explicit([]), secretsEncryption: explicit(true) },
  };
}
const st = (c: ModelResource<'aws.eks.cluster'>) => (rule.evaluate(c, {} as RuleContext) as Outcome).status;

test('eks endpoint: private passes, public restricted passes, public to the world fails, unknowns stay unknown', () => {
  assert.equal(st(cluster(explicit(false), explicit(['0.0.0.0/0']))), 'pass');
  assert.equal(st(cluster(explicit(true), explicit(['203.0.113.0/24']))), 'pass');
  assert.equal(st(cluster(explicit(true), explicit(['0.0.0.0/0']))), 'fail');
  assert.equal(st(cluster(explicit(true), unresolvable('var.cidrs'))), 'unknown');
  assert.equal(st(cluster(unresolvable('var.public'), explicit(['0.0.0.0/0']))), 'unknown');
  assert.equal(st(cluster(unresolvable('var.public'), unresolvable('var.cidrs'))), 'unknown');
});
