import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Value } from '../../../model/core/index.js';
import type { ModelResource, ResourceType } from '../../../model/types.js';
import type { Outcome, RuleContext } from '../../kit/index.js';
import waf from './aws-elbv2-alb-waf.js';
import tls from './aws-elbv2-listener-tls-policy.js';
import https from './aws-elbv2-listener-https.js';

function res<T extends ResourceType>(type: T, uid: string, properties: ModelResource<T>['properties']): ModelResource<T> {
  return { uid, type, provider: 'aws', name: uid, tags: explicit({}), properties, origin: { kind: 'live', call: 'test' }, source: { kind: 'none' } };
}
const lb = (lbType: Value<string>, scheme: Value<string>) =>
  res('aws.elbv2.load-balancer', 'arn:lb/web', { lbType, scheme, dropInvalidHeaderFields: explicit(true), deletionProtection: explicit(true), accessLogsEnabled: explicit(true), securityGroups: explicit([]), subnets: explicit([]) });
const assoc = (resourceId: Value<string>) => res('aws.wafv2.web-acl-association', 'assoc', { resourceId, webAclId: explicit('acl') });
function ctxWith(assocs: ModelResource<'aws.wafv2.web-acl-association'>[]): RuleContext {
  return {
    get: () => undefined,
    ofType: ((t: string) => (t === 'aws.wafv2.web-acl-association' ? assocs : [])) as RuleContext['ofType'],
    memo: (_k, compute) => compute(),
    inAccount: ((t: string, a: string | undefined) => (t === 'aws.wafv2.web-acl-association' ? assocs.filter((x) => x.account === a) : [])) as RuleContext['inAccount'],
    referencing: ((_t: string, _p: string, uid: string) => assocs.filter((a) => a.properties.resourceId.value === uid)) as RuleContext['referencing'],
    now: new Date('2026-06-01T00:00:00Z'),
    sourceKind: 'live',
  };
}
const status = (o: Outcome | readonly Outcome[] | undefined) => (o === undefined ? undefined : Array.isArray(o) ? (o as Outcome[]).map((x) => x.status).join(',') : (o as Outcome).status);

test('alb waf: applies only to internet-facing ALBs and follows associations', () => {
  const pub = lb(explicit('application'), explicit('internet-facing'));
  assert.equal(status(waf.evaluate(pub, ctxWith([]))), 'fail');
  assert.equal(status(waf.evaluate(pub, ctxWith([assoc(explicit('arn:lb/web'))]))), 'pass');
  assert.equal(status(waf.evaluate(pub, ctxWith([assoc(explicit('arn:lb/other'))]))), 'fail');
  assert.equal(status(waf.evaluate(pub, ctxWith([assoc(unresolvable('computed'))]))), 'unknown');
  assert.equal(waf.evaluate(lb(explicit('application'), explicit('internal')), ctxWith([])), undefined);
  assert.equal(waf.evaluate(lb(explicit('network'), explicit('internet-facing')), ctxWith([])), undefined);
  assert.equal(status(waf.evaluate(lb(explicit('application'), unresolvable('var.internal')), ctxWith([]))), 'unknown');
});

const listener = (protocol: string, sslPolicy: Value<string | null>, redirects = false) =>
  res('aws.elbv2.listener', 'l', { loadBalancerId: explicit('arn:lb/web'), protocol: explicit(protocol), port: explicit(443), sslPolicy, redirectsToHttps: explicit(redirects) });

test('tls policy: old, modern, default, unknown names, non-TLS listeners', () => {
  const ctx = ctxWith([]);
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit('ELBSecurityPolicy-TLS13-1-2-2021-06')), ctx)), 'pass');
  assert.equal(status(tls.evaluate(listener('TLS', explicit('ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04')), ctx)), 'pass');
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit('ELBSecurityPolicy-FS-1-2-Res-2020-10')), ctx)), 'pass');
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit('ELBSecurityPolicy-TLS13-1-1-2021-06')), ctx)), 'fail');
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit('ELBSecurityPolicy-2016-08')), ctx)), 'fail');
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit(null)), ctx)), 'fail');
  assert.equal(status(tls.evaluate(listener('HTTPS', explicit('SomethingNew')), ctx)), 'unknown');
  assert.equal(status(tls.evaluate(listener('HTTPS', unresolvable('var.policy')), ctx)), 'unknown');
  assert.equal(tls.evaluate(listener('HTTP', explicit(null)), ctx), undefined);
});

test('listener https: only HTTP listeners are judged', () => {
  const ctx = ctxWith([]);
  assert.equal(status(https.evaluate(listener('HTTP', explicit(null), true), ctx)), 'pass');
  assert.equal(status(https.evaluate(listener('HTTP', explicit(null), false), ctx)), 'fail');
  assert.equal(https.evaluate(listener('HTTPS', explicit(null), false), ctx), undefined);
});
