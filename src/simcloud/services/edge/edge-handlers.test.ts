/**
 * The edge and compute handlers through the official SDK clients: calls the collectors do not make, error
 * codes that mean "none", and pagination with small pages through the SDK's own paginators.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeLoadBalancersCommand, DescribeSSLPoliciesCommand, DescribeTagsCommand, ElasticLoadBalancingV2Client, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetFunctionConfigurationCommand, GetFunctionUrlConfigCommand, GetPolicyCommand, LambdaClient, paginateListFunctions } from '@aws-sdk/client-lambda';
import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { DescribeImageScanFindingsCommand, ECRClient, GetRepositoryPolicyCommand, GetRegistryScanningConfigurationCommand } from '@aws-sdk/client-ecr';
import { GetWebACLCommand, GetWebACLForResourceCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { DescribeSubscriptionCommand, GetSubscriptionStateCommand, ShieldClient } from '@aws-sdk/client-shield';
import { APIGatewayClient, GetResourcesCommand, GetRestApiCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand } from '@aws-sdk/client-apigatewayv2';
import { startSimcloud, type RunningSimcloud } from '../../testing.js';

const ACCOUNT = '123456789012';
const R = 'eu-west-1';
const ALB = `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:loadbalancer/app/a/1`;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { name: string }).name;
  }
  return 'no error';
}

describe('edge and compute handlers through the SDK', () => {
  let sim: RunningSimcloud;
  let cfg: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string }; maxAttempts: number };
  before(async () => {
    sim = await startSimcloud({
      accounts: [
        {
          id: ACCOUNT,
          regions: {
            [R]: {
              elasticloadbalancing: { LoadBalancers: [{ LoadBalancerName: 'a', LoadBalancerArn: ALB, Tags: [{ Key: 'k', Value: 'v' }] }, ...Array.from({ length: 6 }, (_, i) => ({ LoadBalancerName: `n${i}`, Type: 'network' }))] },
              lambda: { Functions: [{ FunctionName: 'f', Runtime: 'nodejs20.x', FunctionUrlConfigs: [{ AuthType: 'NONE' }] }, ...Array.from({ length: 4 }, (_, i) => ({ FunctionName: `g${i}` }))] },
              eks: { clusters: [{ name: 'c' }] },
              ecr: {
                repositories: [{ repositoryName: 'r', images: [{ imageDigest: 'sha256:1', imageTags: ['v1'], imageScanFindings: { findings: [{ name: 'CVE-1', severity: 'LOW' }, { name: 'CVE-2', severity: 'LOW' }, { name: 'CVE-3', severity: 'MEDIUM' }] } }, { imageDigest: 'sha256:2' }] }],
              },
              wafv2: { WebACLs: [{ Name: 'acl', ResourceArns: [ALB] }] },
              apigateway: { restApis: [{ id: 'x0', resources: [{ id: 'r', path: '/', resourceMethods: { GET: { authorizationType: 'NONE' } } }] }, { id: 'x1' }, { id: 'x2' }], apis: [{ apiId: 'h', createdDate: '2025-03-01T00:00:00Z' }] },
            },
            'us-east-1': { wafv2: { WebACLs: [{ Name: 'cf', Scope: 'CLOUDFRONT' }] } },
          },
        },
      ],
    });
    cfg = { endpoint: sim.endpoint, region: R, credentials: sim.credentials, maxAttempts: 1 };
  });
  after(() => sim.close());

  it('elbv2: SDK paginator over small pages, tags, TLS policies, LoadBalancerNotFound', async () => {
    const elb = new ElasticLoadBalancingV2Client(cfg);
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeLoadBalancers({ client: elb }, { PageSize: 3 })) {
      pages++;
      names.push(...(page.LoadBalancers ?? []).map((l) => l.LoadBalancerName ?? ''));
    }
    assert.equal(pages, 3);
    assert.equal(names.length, 7);
    const lb = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['a'] }))).LoadBalancers?.[0];
    assert.equal(lb?.CreatedTime instanceof Date, true);
    assert.equal(lb?.Scheme, 'internet-facing');
    const tags = await elb.send(new DescribeTagsCommand({ ResourceArns: [ALB] }));
    assert.deepEqual(tags.TagDescriptions?.[0]?.Tags, [{ Key: 'k', Value: 'v' }]);
    const ssl = await elb.send(new DescribeSSLPoliciesCommand({ Names: ['ELBSecurityPolicy-2016-08'] }));
    assert.deepEqual(ssl.SslPolicies?.[0]?.SslProtocols, ['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    assert.equal(await code(elb.send(new DescribeLoadBalancersCommand({ Names: ['missing'] }))), 'LoadBalancerNotFoundException');
  });

  it('lambda: paginator, configuration, URL config, GetPolicy ResourceNotFoundException', async () => {
    const lambda = new LambdaClient(cfg);
    let n = 0;
    for await (const page of paginateListFunctions({ client: lambda, pageSize: 2 }, {})) n += page.Functions?.length ?? 0;
    assert.equal(n, 5);
    assert.equal((await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'f' }))).Runtime, 'nodejs20.x');
    assert.equal((await lambda.send(new GetFunctionUrlConfigCommand({ FunctionName: `arn:aws:lambda:${R}:${ACCOUNT}:function:f` }))).AuthType, 'NONE');
    assert.equal(await code(lambda.send(new GetPolicyCommand({ FunctionName: 'f' }))), 'ResourceNotFoundException');
    assert.equal(await code(lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'nope' }))), 'ResourceNotFoundException');
  });

  it('eks: defaults of a bare cluster, ResourceNotFoundException', async () => {
    const eks = new EKSClient(cfg);
    const c = (await eks.send(new DescribeClusterCommand({ name: 'c' }))).cluster;
    assert.equal(c?.resourcesVpcConfig?.endpointPublicAccess, true);
    assert.deepEqual(c?.resourcesVpcConfig?.publicAccessCidrs, ['0.0.0.0/0']);
    assert.equal(c?.createdAt instanceof Date, true);
    assert.equal(await code(eks.send(new DescribeClusterCommand({ name: 'x' }))), 'ResourceNotFoundException');
  });

  it('ecr: scan findings paged, policy not found, registry scanning default', async () => {
    const ecr = new ECRClient(cfg);
    const first = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'r', imageId: { imageTag: 'v1' }, maxResults: 2 }));
    assert.deepEqual(first.imageScanFindings?.findingSeverityCounts, { LOW: 2, MEDIUM: 1 });
    assert.equal(first.imageScanFindings?.findings?.length, 2);
    const second = await ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'r', imageId: { imageTag: 'v1' }, maxResults: 2, nextToken: first.nextToken }));
    assert.equal(second.imageScanFindings?.findings?.[0]?.name, 'CVE-3');
    assert.equal(second.nextToken, undefined);
    assert.equal(await code(ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'r', imageId: { imageDigest: 'sha256:2' } }))), 'ScanNotFoundException');
    assert.equal(await code(ecr.send(new GetRepositoryPolicyCommand({ repositoryName: 'r' }))), 'RepositoryPolicyNotFoundException');
    assert.equal((await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration?.scanType, 'BASIC');
  });

  it('wafv2: web ACL for a resource, GetWebACL, CLOUDFRONT scope only in us-east-1', async () => {
    const waf = new WAFV2Client(cfg);
    const forLb = await waf.send(new GetWebACLForResourceCommand({ ResourceArn: ALB }));
    assert.equal(forLb.WebACL?.Name, 'acl');
    assert.equal((await waf.send(new GetWebACLForResourceCommand({ ResourceArn: 'arn:aws:elasticloadbalancing:x' }))).WebACL, undefined);
    const acl = await waf.send(new GetWebACLCommand({ Scope: 'REGIONAL', Name: 'acl', Id: forLb.WebACL!.Id! }));
    assert.deepEqual(acl.WebACL?.DefaultAction, { Allow: {} });
    assert.equal(await code(waf.send(new ListWebACLsCommand({ Scope: 'CLOUDFRONT' }))), 'WAFInvalidParameterException');
    const cf = await new WAFV2Client({ ...cfg, region: 'us-east-1' }).send(new ListWebACLsCommand({ Scope: 'CLOUDFRONT' }));
    assert.deepEqual(cf.WebACLs?.map((w) => w.Name), ['cf']);
    assert.match(cf.WebACLs?.[0]?.ARN ?? '', /:global\/webacl\/cf\//);
  });

  it('shield: not subscribed answers ResourceNotFoundException and INACTIVE', async () => {
    const shield = new ShieldClient({ ...cfg, region: 'us-east-1' });
    assert.equal(await code(shield.send(new DescribeSubscriptionCommand({}))), 'ResourceNotFoundException');
    assert.equal((await shield.send(new GetSubscriptionStateCommand({}))).SubscriptionState, 'INACTIVE');
  });

  it('apigateway: v1 paginator over position, embedded methods, NotFound; v2 iso timestamps', async () => {
    const v1 = new APIGatewayClient(cfg);
    const ids: string[] = [];
    for await (const page of paginateGetRestApis({ client: v1, pageSize: 2 }, {})) ids.push(...(page.items ?? []).map((a) => a.id ?? ''));
    assert.deepEqual(ids, ['x0', 'x1', 'x2']);
    const withMethods = await v1.send(new GetResourcesCommand({ restApiId: 'x0', embed: ['methods'] }));
    assert.equal(withMethods.items?.[0]?.resourceMethods?.GET?.authorizationType, 'NONE');
    const bare = await v1.send(new GetResourcesCommand({ restApiId: 'x0' }));
    assert.equal(bare.items?.[0]?.resourceMethods?.GET?.authorizationType, undefined);
    assert.equal(await code(v1.send(new GetRestApiCommand({ restApiId: 'nope' }))), 'NotFoundException');
    const apis = await new ApiGatewayV2Client(cfg).send(new GetApisCommand({}));
    assert.equal(apis.Items?.[0]?.CreatedDate?.toISOString(), '2025-03-01T00:00:00.000Z');
  });
});
