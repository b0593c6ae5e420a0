import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClassicLoadBalancer } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector, { sslOf } from './elb.js';
import elbv2 from './elbv2.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';

const section = (fillers = 0) => ({
  // An ELBv2 load balancer in the same section: the classic API must not list it, nor ELBv2 the classic ones.
  LoadBalancers: [{ LoadBalancerName: 'modern-alb', Type: 'application' }],
  ClassicLoadBalancers: [
    {
      LoadBalancerName: 'legacy-web', Scheme: 'internet-facing', SecurityGroups: ['sg-0legacy'], Instances: [{ InstanceId: 'i-0web1' }, { InstanceId: 'i-0web2' }],
      Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 8080 }],
      Tags: [{ Key: 'env', Value: 'prod' }],
    },
    {
      LoadBalancerName: 'secure-web', Scheme: 'internet-facing',
      Listeners: [
        { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: 'arn:aws:acm:eu-west-1:444455556666:certificate/x', PolicyNames: ['tls12'] },
        { Protocol: 'SSL', LoadBalancerPort: 8443, InstanceProtocol: 'TCP', InstancePort: 8443, SSLCertificateId: 'arn:aws:acm:eu-west-1:444455556666:certificate/x', PolicyNames: ['old-custom'] },
      ],
      Policies: [
        { PolicyName: 'tls12', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] },
        { PolicyName: 'old-custom', PolicyTypeName: 'SSLNegotiationPolicyType', PolicyAttributeDescriptions: [{ AttributeName: 'Protocol-TLSv1', AttributeValue: 'true' }, { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' }] },
      ],
      Attributes: { AccessLog: { Enabled: true, S3BucketName: 'elb-logs' }, ConnectionDraining: { Enabled: true, Timeout: 300 }, CrossZoneLoadBalancing: { Enabled: true } },
    },
    { LoadBalancerName: 'internal-tcp', Scheme: 'internal', Listeners: [{ Protocol: 'TCP', LoadBalancerPort: 5432 }] },
    ...Array.from({ length: fillers }, (_, i) => ({ LoadBalancerName: `filler-${i}`, Listeners: [] })),
  ],
});

describe('classic elb collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    // 3 planted + 400 fillers: DescribeLoadBalancers (400 a page) needs two pages.
    sim = await startSimcloud(worldOf({ [REGION]: { elasticloadbalancing: section(400) }, 'eu-central-1': { elasticloadbalancing: section() } }, ['elasticloadbalancing:DescribeLoadBalancerPolicies']));
  });
  after(() => sim.close());

  it('emits classic load balancers with listeners, SSL policies, attributes, groups and instances', async () => {
    const { resources, gaps, calls } = await run(sim, collector);
    assert.deepEqual(gaps, []);
    assert.equal(calls.filter((c) => c === 'elasticloadbalancing:DescribeLoadBalancers').length, 2);
    assert.equal(ofType(resources, 'aws.elb.load-balancer').length, 403);
    const legacy = named<ClassicLoadBalancer>(resources, 'legacy-web');
    assert.equal(legacy.uid, `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/legacy-web`);
    assert.equal(known(legacy.properties.scheme), 'internet-facing');
    assert.deepEqual(known(legacy.properties.listeners), [{ protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP', instancePort: 8080, sslPolicy: null, sslProtocols: null }]);
    assert.equal(known(legacy.properties.accessLogsEnabled), false);
    assert.equal(known(legacy.properties.connectionDraining), false);
    assert.equal(known(legacy.properties.crossZoneLoadBalancing), false);
    assert.deepEqual(known(legacy.properties.securityGroups), [`arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0legacy`]);
    assert.deepEqual(known(legacy.properties.instances), [`arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0web1`, `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0web2`]);
    assert.deepEqual(known(legacy.tags), { env: 'prod' });
    assert.deepEqual(legacy.properties.connectionDraining.source, { kind: 'api', call: 'elasticloadbalancing:DescribeLoadBalancerAttributes', region: REGION, account: ACCOUNT });

    const secure = named<ClassicLoadBalancer>(resources, 'secure-web');
    assert.equal(known(secure.properties.accessLogsEnabled), true);
    assert.equal(known(secure.properties.connectionDraining), true);
    assert.equal(known(secure.properties.crossZoneLoadBalancing), true);
    const [https, ssl] = known(secure.properties.listeners);
    assert.equal(https?.sslPolicy, 'ELBSecurityPolicy-TLS-1-2-2017-01');
    assert.deepEqual(https?.sslProtocols, ['TLSv1.2']);
    assert.equal(ssl?.sslPolicy, 'old-custom');
    assert.deepEqual(ssl?.sslProtocols, ['TLSv1', 'TLSv1.2']);
    assert.equal(known(named<ClassicLoadBalancer>(resources, 'internal-tcp').properties.scheme), 'internal');
  });

  it('shares the signing name with ELBv2 without mixing the two APIs', async () => {
    const classic = await run(sim, collector, 'eu-central-1');
    assert.ok(!classic.resources.some((r) => r.name === 'modern-alb'));
    const v2 = await run(sim, elbv2, 'eu-central-1');
    assert.deepEqual(v2.resources.filter((r) => r.type === 'aws.elbv2.load-balancer').map((r) => r.name), ['modern-alb']);
  });

  it('AccessDenied on the policies leaves only TLS listeners unknown', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]?.call, 'elasticloadbalancing:DescribeLoadBalancerPolicies');
    assert.match(named<ClassicLoadBalancer>(resources, 'secure-web').properties.listeners.reason ?? '', /AccessDenied/);
    assert.equal(known(named<ClassicLoadBalancer>(resources, 'legacy-web').properties.listeners).length, 1);
    assert.equal(known(named<ClassicLoadBalancer>(resources, 'secure-web').properties.connectionDraining), true);
  });

  it('a listener without a negotiation policy has none, for the rule to apply the ELB default', () => {
    assert.deepEqual(sslOf([], []), { sslPolicy: null, sslProtocols: null });
    assert.deepEqual(sslOf(['sticky'], [{ PolicyName: 'sticky', PolicyTypeName: 'LBCookieStickinessPolicyType' }]), { sslPolicy: null, sslProtocols: null });
  });
});
