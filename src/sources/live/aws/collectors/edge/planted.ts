/**
 * The planted edge/compute world used by the collector tests and the rules-level integration test: each
 * section holds one misconfiguration the catalogue should flag next to a compliant twin, plus filler so every
 * listing needs more than one page. Sections are in the shapes the AWS APIs return (docs/simcloud/edge-compute.md).
 */
import { ACCOUNT, REGION } from './test-world.js';

export const PUBLIC_LB = 'web-public';
export const INTERNAL_LB = 'api-internal';
export const WAF_LB = 'shop-public';
const lbArn = (name: string) => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${name}/0123456789abcdef`;
export const PUBLIC_LB_ARN = lbArn(PUBLIC_LB);
export const WAF_LB_ARN = lbArn(WAF_LB);

const publicPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: '*' }] };
const scopedPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: '*', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } }],
};

export function elbv2Section(filler = 0): Record<string, unknown> {
  const https = { Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }] };
  return {
    LoadBalancers: [
      {
        LoadBalancerName: PUBLIC_LB,
        LoadBalancerArn: PUBLIC_LB_ARN,
        Scheme: 'internet-facing',
        SecurityGroups: ['sg-0aa'],
        AvailabilityZones: [{ ZoneName: 'eu-west-1a', SubnetId: 'subnet-1a' }, { ZoneName: 'eu-west-1b', SubnetId: 'subnet-1b' }],
        Listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward', TargetGroupArn: 'arn:tg' }] }, { ...https, SslPolicy: 'ELBSecurityPolicy-2016-08' }],
        Tags: [{ Key: 'env', Value: 'prod' }],
      },
      {
        LoadBalancerName: WAF_LB,
        LoadBalancerArn: WAF_LB_ARN,
        Scheme: 'internet-facing',
        Attributes: [
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'deletion_protection.enabled', Value: 'true' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
        ],
        Listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }, https],
      },
      { LoadBalancerName: INTERNAL_LB, Scheme: 'internal', Listeners: [https] },
      ...Array.from({ length: filler }, (_, i) => ({ LoadBalancerName: `filler-${i}`, Scheme: 'internal', Type: 'network' })),
    ],
  };
}

export function wafv2Section(): Record<string, unknown> {
  return { WebACLs: [{ Name: 'shop-acl', ResourceArns: [WAF_LB_ARN, `arn:aws:apigateway:${REGION}::/restapis/a1b2c3/stages/prod`] }, { Name: 'unused-acl' }] };
}

export function lambdaSection(filler = 0): Record<string, unknown> {
  return {
    Functions: [
      {
        FunctionName: 'public-fn',
        Runtime: 'python3.7',
        Role: `arn:aws:iam::${ACCOUNT}:role/fn-role`,
        Environment: { Variables: { DB_PASSWORD: 'hunter2-production-secret', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } },
        Policy: publicPolicy,
        FunctionUrlConfigs: [{ AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } }],
        Tags: { team: 'growth' },
      },
      {
        FunctionName: 'private-fn',
        Runtime: 'nodejs22.x',
        Role: `arn:aws:iam::${ACCOUNT}:role/fn-role`,
        TracingConfig: { Mode: 'Active' },
        VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1a'], SecurityGroupIds: ['sg-0aa'] },
        KMSKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1`,
        DeadLetterConfig: { TargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq` },
        Policy: JSON.stringify(scopedPolicy),
        FunctionUrlConfigs: [{ AuthType: 'AWS_IAM' }],
        ReservedConcurrentExecutions: 5,
      },
      ...Array.from({ length: filler }, (_, i) => ({ FunctionName: `filler-${i}`, Runtime: 'nodejs20.x', Role: `arn:aws:iam::${ACCOUNT}:role/fn-role` })),
    ],
  };
}

export function eksSection(filler = 0): Record<string, unknown> {
  return {
    clusters: [
      { name: 'open-cluster', resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] } },
      {
        name: 'locked-cluster',
        resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1` } }],
      },
      ...Array.from({ length: filler }, (_, i) => ({ name: `filler-${i}`, resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true } })),
    ],
  };
}

export function ecrSection(filler = 0, images = 0): Record<string, unknown> {
  const publicRepoPolicy = { Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] };
  return {
    repositories: [
      {
        repositoryName: 'open-repo',
        policyText: publicRepoPolicy,
        lifecyclePolicyText: { rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] },
        images: [
          {
            imageDigest: 'sha256:aaa',
            imageTags: ['latest'],
            imagePushedAt: '2026-01-15T10:00:00Z',
            imageScanFindings: { imageScanCompletedAt: '2026-01-15T10:05:00Z', findings: [{ name: 'CVE-2024-0001', severity: 'CRITICAL' }, { name: 'CVE-2024-0002', severity: 'HIGH' }, { name: 'CVE-2024-0003', severity: 'HIGH' }] },
          },
          ...Array.from({ length: images }, (_, i) => ({ imageDigest: `sha256:f${i}`, imagePushedAt: '2026-02-01T00:00:00Z' })),
        ],
      },
      {
        repositoryName: 'good-repo',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1` },
        tags: [{ Key: 'team', Value: 'platform' }],
      },
      ...Array.from({ length: filler }, (_, i) => ({ repositoryName: `filler-${i}`, imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } })),
    ],
  };
}

export function apigatewaySection(filler = 0): Record<string, unknown> {
  return {
    restApis: [
      {
        id: 'a1b2c3',
        name: 'pets',
        endpointConfiguration: { types: ['REGIONAL'] },
        policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: '*' }] }),
        stages: [{ stageName: 'prod', deploymentId: 'd1', webAclArn: 'arn:aws:wafv2:acl', tracingEnabled: true, accessLogSettings: { destinationArn: 'arn:aws:logs:group', format: '$context.requestId' }, methodSettings: { '*/*': { loggingLevel: 'ERROR' } } }],
        resources: [
          { id: 'r0', path: '/' },
          { id: 'r1', parentId: 'r0', pathPart: 'pets', path: '/pets', resourceMethods: { GET: { authorizationType: 'NONE' }, POST: { authorizationType: 'COGNITO_USER_POOLS', authorizerId: 'au1' }, OPTIONS: { authorizationType: 'NONE' } } },
          { id: 'r2', parentId: 'r1', pathPart: '{id}', path: '/pets/{id}', resourceMethods: { DELETE: { authorizationType: 'AWS_IAM' }, PUT: { authorizationType: 'NONE', apiKeyRequired: true } } },
        ],
        authorizers: [{ id: 'au1', name: 'users', type: 'COGNITO_USER_POOLS', providerARNs: ['arn:aws:cognito-idp:pool'] }],
      },
      ...Array.from({ length: filler }, (_, i) => ({ id: `filler${i}`, name: `filler-${i}` })),
    ],
    apis: [
      {
        apiId: 'h1',
        name: 'orders-http',
        routes: [{ routeId: 'rt1', routeKey: 'GET /orders' }, { routeId: 'rt2', routeKey: 'POST /orders', authorizationType: 'JWT', authorizerId: 'j1' }, { routeId: 'rt3', routeKey: 'OPTIONS /orders' }],
        stages: [{ stageName: '$default', autoDeploy: true }],
      },
      { apiId: 'w1', name: 'chat', protocolType: 'WEBSOCKET', routes: [{ routeId: 'c1', routeKey: '$connect', authorizationType: 'AWS_IAM' }], stages: [{ stageName: 'prod', accessLogSettings: { destinationArn: 'arn:aws:logs:chat', format: '$context.requestId' }, defaultRouteSettings: { loggingLevel: 'INFO' } }] },
    ],
    domainNames: [
      { domainName: 'legacy.example.com', securityPolicy: 'TLS_1_0', endpointConfiguration: { types: ['EDGE'] }, tags: { team: 'pets' } },
      { domainName: 'api.example.com', securityPolicy: 'TLS_1_2', endpointConfiguration: { types: ['REGIONAL'] } },
      ...Array.from({ length: filler }, (_, i) => ({ domainName: `filler-${i}.example.com`, securityPolicy: 'TLS_1_2', endpointConfiguration: { types: ['REGIONAL'] } })),
    ],
  };
}
