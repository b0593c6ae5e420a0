import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Listener, LoadBalancer } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import type { CollectorTestResult } from '../testing.js';
import collector, { redirectsToHttps } from './elbv2.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';
import { elbv2Section, INTERNAL_LB, PUBLIC_LB, PUBLIC_LB_ARN, WAF_LB } from './edge/planted.js';

describe('elbv2 collector against simcloud', () => {
  let sim: RunningSimcloud;
  // One scan of the main region, shared by the tests that only read it.
  let main: Promise<CollectorTestResult>;
  before(async () => {
    // 3 planted + 100 filler load balancers: DescribeLoadBalancers (100 a page) needs two pages.
    sim = await startSimcloud(worldOf({ [REGION]: { elasticloadbalancing: elbv2Section(100) }, 'eu-central-1': { elasticloadbalancing: elbv2Section() } }, ['elasticloadbalancing:DescribeLoadBalancerAttributes']));
    main = run(sim, collector);
  });
  after(() => sim.close());

  it('emits load balancers with scheme, type, attributes, security groups and subnets as EC2 uids', async () => {
    const { resources, gaps, calls } = await main;
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'elasticloadbalancing:DescribeLoadBalancers').length, 2, 'two pages of load balancers');
    assert.equal(ofType(resources, 'aws.elbv2.load-balancer').length, 103);
    const pub = named<LoadBalancer>(resources, PUBLIC_LB);
    assert.equal(pub.uid, PUBLIC_LB_ARN);
    assert.equal(pub.account, ACCOUNT);
    assert.equal(pub.region, REGION);
    assert.deepEqual(pub.origin, { kind: 'live', call: 'elasticloadbalancing:DescribeLoadBalancers' });
    assert.equal(known(pub.properties.scheme), 'internet-facing');
    assert.equal(known(pub.properties.lbType), 'application');
    assert.equal(known(pub.properties.accessLogsEnabled), false);
    assert.equal(known(pub.properties.deletionProtection), false);
    assert.equal(known(pub.properties.dropInvalidHeaderFields), false);
    assert.deepEqual(pub.properties.accessLogsEnabled.source, { kind: 'api', call: 'elasticloadbalancing:DescribeLoadBalancerAttributes', region: REGION, account: ACCOUNT });
    assert.deepEqual(known(pub.properties.securityGroups), [`arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0aa`]);
    assert.deepEqual(known(pub.properties.subnets), [`arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-1a`, `arn:aws:ec2:${REGION}:${ACCOUNT}:subnet/subnet-1b`]);
    assert.deepEqual(known(pub.tags), { env: 'prod' });
    const waf = named<LoadBalancer>(resources, WAF_LB);
    assert.equal(known(waf.properties.accessLogsEnabled), true);
    assert.equal(known(waf.properties.deletionProtection), true);
    assert.equal(known(waf.properties.dropInvalidHeaderFields), true);
    assert.equal(known(named<LoadBalancer>(resources, INTERNAL_LB).properties.scheme), 'internal');
    assert.equal(known(named<LoadBalancer>(resources, 'filler-0').properties.lbType), 'network');
  });

  it('emits listeners with protocol, port, TLS policy and redirect to HTTPS', async () => {
    const { resources } = await main;
    const http = named<Listener>(resources, `${PUBLIC_LB}:HTTP:80`);
    assert.equal(known(http.properties.loadBalancerId), PUBLIC_LB_ARN);
    assert.equal(known(http.properties.port), 80);
    assert.equal(known(http.properties.redirectsToHttps), false);
    assert.equal(known(http.properties.sslPolicy), null);
    assert.match(http.uid, /^arn:aws:elasticloadbalancing:eu-west-1:444455556666:listener\/app\/web-public\//);
    assert.equal(known(named<Listener>(resources, `${PUBLIC_LB}:HTTPS:443`).properties.sslPolicy), 'ELBSecurityPolicy-2016-08');
    assert.equal(known(named<Listener>(resources, `${WAF_LB}:HTTP:80`).properties.redirectsToHttps), true);
    assert.equal(ofType(resources, 'aws.elbv2.listener').length, 5);
  });

  it('AccessDenied on the attributes leaves them unknown with a gap per load balancer, other values known', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.equal(gaps.length, 3);
    assert.ok(gaps.every((g) => g.reason === 'AccessDenied' && g.call === 'elasticloadbalancing:DescribeLoadBalancerAttributes' && g.region === 'eu-central-1'));
    const pub = named<LoadBalancer>(resources, PUBLIC_LB);
    assert.equal(pub.properties.accessLogsEnabled.kind, 'unresolvable');
    assert.match(pub.properties.deletionProtection.reason ?? '', /AccessDenied/);
    assert.equal(known(pub.properties.scheme), 'internet-facing');
    assert.equal(ofType(resources, 'aws.elbv2.listener').length, 5);
  });

  it('redirect detection reads the redirect protocol, #{protocol} keeping the listener protocol', () => {
    assert.equal(redirectsToHttps([{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }], 'HTTP'), true);
    assert.equal(redirectsToHttps([{ Type: 'redirect', RedirectConfig: { Protocol: '#{protocol}', StatusCode: 'HTTP_301' } }], 'HTTP'), false);
    assert.equal(redirectsToHttps([{ Type: 'fixed-response' }], 'HTTP'), false);
    assert.equal(redirectsToHttps(undefined, 'HTTP'), false);
  });
});
