/**
 * The CloudFront, Route 53 and classic ELB handlers through the official SDK clients: calls and details the
 * collectors do not exercise (ETag, "not found" errors, the SDK's own paginators, predefined policies, and
 * an ELBv2-only action sent with the classic API version).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CloudFrontClient, GetDistributionConfigCommand, ListTagsForResourceCommand, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import { ListQueryLoggingConfigsCommand, paginateListHostedZones, Route53Client } from '@aws-sdk/client-route-53';
import { DescribeLoadBalancerPoliciesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingClient, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing';
import { startSimcloud, type RunningSimcloud } from '../../testing.js';

const ACCOUNT = '123456789012';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { name: string }).name;
  }
  return 'no error';
}

describe('cloudfront, route53 and classic elb handlers through the SDK', () => {
  let sim: RunningSimcloud;
  let cfg: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number };
  before(async () => {
    sim = await startSimcloud({
      accounts: [
        {
          id: ACCOUNT,
          services: {
            cloudfront: { Distributions: Array.from({ length: 5 }, (_, i) => ({ Id: `E${i}`, DistributionConfig: { Comment: `d${i}`, Aliases: { Items: [`d${i}.example.com`] } } })) },
            route53: { HostedZones: Array.from({ length: 5 }, (_, i) => ({ Id: `Z${i}`, Name: `z${i}.example.com` })), QueryLoggingConfigs: [{ HostedZoneId: 'Z1', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:dns' }] },
          },
          regions: {
            'eu-west-1': { elasticloadbalancing: { ClassicLoadBalancers: Array.from({ length: 5 }, (_, i) => ({ LoadBalancerName: `c${i}`, Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80 }] })) } },
          },
        },
      ],
    });
    cfg = { endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 };
  });
  after(() => sim.close());

  it('cloudfront: SDK paginator, ETag on the configuration, aliases, NoSuchDistribution', async () => {
    const cf = new CloudFrontClient(cfg);
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListDistributions({ client: cf }, { MaxItems: 2 })) {
      pages++;
      ids.push(...(page.DistributionList?.Items ?? []).map((d) => d.Id ?? ''));
    }
    assert.equal(pages, 3);
    assert.deepEqual(ids, ['E0', 'E1', 'E2', 'E3', 'E4']);
    const got = await cf.send(new GetDistributionConfigCommand({ Id: 'E3' }));
    assert.match(got.ETag ?? '', /^E[0-9A-F]{13}$/);
    assert.equal(got.ETag, (await cf.send(new GetDistributionConfigCommand({ Id: 'E3' }))).ETag, 'stable for an unchanged configuration');
    assert.deepEqual(got.DistributionConfig?.Aliases, { Quantity: 1, Items: ['d3.example.com'] });
    assert.equal(got.DistributionConfig?.Comment, 'd3');
    assert.equal(await code(cf.send(new GetDistributionConfigCommand({ Id: 'ENOPE' }))), 'NoSuchDistribution');
    assert.deepEqual((await cf.send(new ListTagsForResourceCommand({ Resource: `arn:aws:cloudfront::${ACCOUNT}:distribution/E0` }))).Tags?.Items ?? [], []);
  });

  it('route53: SDK paginator with prefixed ids, query logging filtered by zone, NoSuchHostedZone', async () => {
    const r53 = new Route53Client(cfg);
    const ids: string[] = [];
    for await (const page of paginateListHostedZones({ client: r53 }, { MaxItems: 2 })) ids.push(...(page.HostedZones ?? []).map((z) => z.Id ?? ''));
    assert.deepEqual(ids, ['/hostedzone/Z0', '/hostedzone/Z1', '/hostedzone/Z2', '/hostedzone/Z3', '/hostedzone/Z4']);
    const logs = await r53.send(new ListQueryLoggingConfigsCommand({ HostedZoneId: 'Z1' }));
    assert.equal(logs.QueryLoggingConfigs?.length, 1);
    assert.equal((await r53.send(new ListQueryLoggingConfigsCommand({ HostedZoneId: 'Z2' }))).QueryLoggingConfigs?.length, 0);
    assert.equal(await code(r53.send(new ListQueryLoggingConfigsCommand({ HostedZoneId: 'ZNOPE' }))), 'NoSuchHostedZone');
  });

  it('classic elb: SDK paginator, predefined policies, LoadBalancerNotFound', async () => {
    const elb = new ElasticLoadBalancingClient({ ...cfg, region: 'eu-west-1' });
    let pages = 0;
    for await (const page of paginateDescribeLoadBalancers({ client: elb }, { PageSize: 2 })) {
      pages++;
      assert.ok((page.LoadBalancerDescriptions ?? []).every((d) => d.ListenerDescriptions?.[0]?.Listener?.InstancePort === 80));
    }
    assert.equal(pages, 3);
    const predefined = await elb.send(new DescribeLoadBalancerPoliciesCommand({ PolicyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'] }));
    const attrs = predefined.PolicyDescriptions?.[0]?.PolicyAttributeDescriptions ?? [];
    assert.deepEqual(attrs.filter((a) => a.AttributeName?.startsWith('Protocol-') && a.AttributeValue === 'true').map((a) => a.AttributeName), ['Protocol-TLSv1.2']);
    assert.equal(await code(elb.send(new DescribeLoadBalancersCommand({ LoadBalancerNames: ['nope'] }))), 'AccessPointNotFoundException');
  });
});
