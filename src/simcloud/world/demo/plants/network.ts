/**
 * Network plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`. Production gets the exposed edge (an
 * SSH gateway NLB, a partner API, a wide-open legacy group, workloads left in the default VPC, a Shield
 * subscription that does not cover the public ALB, and the legacy CDN, DNS zone and classic load balancer in
 * front of payments); development gets the sprawl (a sandbox VPC whose default ACL was never closed, a partner
 * group that grew rule by rule, a /8 "restriction").
 */
import type { WorldInput } from '../../schema.js';
import { DEVELOPMENT } from '../accounts.js';
import { doc } from '../common.js';
import { PRODUCTION } from '../production.js';
import { append, setKey, type PlantFamily } from './merge.js';

const R = 'eu-west-1';
const ALL = [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }];

function productionEdge(world: WorldInput): void {
  append(world, PRODUCTION, R, 'ec2', 'SecurityGroups', {
    GroupId: 'sg-prod-legacy-open', GroupName: 'legacy-migration', Description: 'temporary: lift-and-shift host', VpcId: 'vpc-prod',
    IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }], IpPermissionsEgress: ALL,
  });
  // A custom ACL on the public subnet that lets everything in, ahead of AWS's implicit deny.
  append(world, PRODUCTION, R, 'ec2', 'NetworkAcls', {
    NetworkAclId: 'acl-prod-public', VpcId: 'vpc-prod', IsDefault: false,
    Entries: [
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
    ],
    Associations: [{ NetworkAclAssociationId: 'aclassoc-prod-public', NetworkAclId: 'acl-prod-public', SubnetId: 'subnet-prod-public' }],
  });
  // The default VPC was never cleaned up and a reporting box still lives there.
  append(world, PRODUCTION, R, 'ec2', 'Subnets', { SubnetId: 'subnet-legacy-a', VpcId: 'vpc-legacy', CidrBlock: '172.31.0.0/20', AvailabilityZone: `${R}a`, MapPublicIpOnLaunch: true, DefaultForAz: true });
  append(world, PRODUCTION, R, 'ec2', 'InternetGateways', { InternetGatewayId: 'igw-legacy', Attachments: [{ VpcId: 'vpc-legacy', State: 'available' }] });
  append(world, PRODUCTION, R, 'ec2', 'RouteTables', {
    RouteTableId: 'rtb-legacy', VpcId: 'vpc-legacy',
    Routes: [{ DestinationCidrBlock: '172.31.0.0/16', GatewayId: 'local', State: 'active' }, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-legacy', State: 'active' }],
    Associations: [{ Main: true, RouteTableId: 'rtb-legacy' }],
  });
  append(world, PRODUCTION, R, 'ec2', 'NetworkInterfaces', {
    NetworkInterfaceId: 'eni-0legacyreport0001', VpcId: 'vpc-legacy', SubnetId: 'subnet-legacy-a', InterfaceType: 'interface', PrivateIpAddress: '172.31.4.20',
    Association: { PublicIp: '198.51.100.44' }, Groups: [{ GroupId: 'sg-prod-legacy-open', GroupName: 'legacy-migration' }], Status: 'in-use', Description: 'reporting host',
  });
  // The S3 gateway endpoint kept the default full-access policy.
  append(world, PRODUCTION, R, 'ec2', 'VpcEndpoints', {
    VpcEndpointId: 'vpce-0prods3full00001', VpcId: 'vpc-prod', ServiceName: `com.amazonaws.${R}.s3`, VpcEndpointType: 'Gateway', State: 'available',
    PolicyDocument: doc([{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }]), RouteTableIds: ['rtb-prod'], SubnetIds: [], Groups: [], PrivateDnsEnabled: false,
  });
  // A partner peering whose route covers all of 10/8 instead of the partner's VPC.
  append(world, PRODUCTION, R, 'ec2', 'RouteTables', {
    RouteTableId: 'rtb-prod-partner', VpcId: 'vpc-prod',
    Routes: [{ DestinationCidrBlock: '10.20.0.0/16', GatewayId: 'local', State: 'active' }, { DestinationCidrBlock: '10.0.0.0/8', VpcPeeringConnectionId: 'pcx-0prodpartner0001', State: 'active' }],
    Associations: [{ Main: false, RouteTableId: 'rtb-prod-partner', SubnetId: 'subnet-prod-b' }],
  });
  append(world, PRODUCTION, R, 'ec2', 'VpcPeeringConnections', {
    VpcPeeringConnectionId: 'pcx-0prodpartner0001', Status: { Code: 'active', Message: 'Active' },
    RequesterVpcInfo: { OwnerId: PRODUCTION, VpcId: 'vpc-prod', CidrBlock: '10.20.0.0/16', Region: R },
    AccepterVpcInfo: { OwnerId: '999988887777', VpcId: 'vpc-0partner00000001', CidrBlock: '10.99.0.0/16', Region: R },
    Tags: [{ Key: 'Name', Value: 'partner-reporting' }],
  });
  // Shield enrolls the bastion's address; the legacy reporting host's address is not.
  append(world, PRODUCTION, R, 'ec2', 'Addresses',
    { AllocationId: 'eipalloc-0bastion000001', PublicIp: '34.240.12.7', InstanceId: 'i-0ba57100000000a01', Domain: 'vpc', AssociationId: 'eipassoc-0bastion0001' },
    { AllocationId: 'eipalloc-0legacy0000001', PublicIp: '198.51.100.44', NetworkInterfaceId: 'eni-0legacyreport0001', Domain: 'vpc', AssociationId: 'eipassoc-0legacy00001' },
    { AllocationId: 'eipalloc-0spare00000001', PublicIp: '198.51.100.45', Domain: 'vpc' },
  );
  // An SSH jump service published through a public network load balancer.
  append(world, PRODUCTION, R, 'elasticloadbalancing', 'LoadBalancers', {
    LoadBalancerName: 'ops-ssh-gateway', Type: 'network', Scheme: 'internet-facing', AvailabilityZones: [{ ZoneName: `${R}a`, SubnetId: 'subnet-prod-public' }],
    Attributes: [{ Key: 'access_logs.s3.enabled', Value: 'true' }, { Key: 'deletion_protection.enabled', Value: 'true' }],
    Listeners: [{ Port: 22, Protocol: 'TCP', DefaultActions: [{ Type: 'forward' }] }],
  });
  // Shield Advanced is paid for, but only the bastion's address is enrolled: the public ALB is not.
  setKey(world, PRODUCTION, 'global', 'shield', 'Subscription', { StartTime: '2026-01-01T00:00:00Z', EndTime: '2027-01-01T00:00:00Z', AutoRenew: 'ENABLED' });
  append(world, PRODUCTION, 'global', 'shield', 'Protections', { Name: 'bastion-eip', ResourceArn: `arn:aws:ec2:${R}:${PRODUCTION}:eip-allocation/eipalloc-0bastion000001` });
}

function productionApis(world: WorldInput): void {
  const open = { authorizationType: 'NONE', apiKeyRequired: false };
  append(world, PRODUCTION, R, 'apigateway', 'restApis', {
    id: 'p4rtn3rap1', name: 'payments-partner-api', endpointConfiguration: { types: ['REGIONAL'] }, tags: { team: 'payments' },
    // Meant for callers in the payments VPC only, yet published on a regional (internet) endpoint.
    policy: doc([{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0prodapi000001' } } }]),
    stages: [{ stageName: 'prod', deploymentId: 'd3pl0y', methodSettings: {}, tracingEnabled: false }],
    resources: [
      { id: 'r00t', path: '/' },
      { id: 'ord3rs', parentId: 'r00t', pathPart: 'orders', path: '/orders', resourceMethods: { GET: open, OPTIONS: open } },
      { id: 'r3fund', parentId: 'r00t', pathPart: 'refunds', path: '/refunds', resourceMethods: { POST: { authorizationType: 'AWS_IAM' } } },
    ],
    authorizers: [],
  });
  append(world, PRODUCTION, R, 'apigateway', 'apis', {
    apiId: 'st4tush77p', name: 'payments-status', protocolType: 'HTTP', apiEndpoint: `https://st4tush77p.execute-api.${R}.amazonaws.com`,
    routes: [{ routeId: 'rt01', routeKey: 'GET /status', authorizationType: 'NONE', apiKeyRequired: false }, { routeId: 'rt02', routeKey: 'POST /merchants', authorizationType: 'NONE', apiKeyRequired: false }],
    stages: [{ stageName: '$default', autoDeploy: true, defaultRouteSettings: { detailedMetricsEnabled: false } }],
  });
  // The partner hostname was created years ago and still negotiates TLS 1.0; the public one was fixed.
  append(world, PRODUCTION, R, 'apigateway', 'domainNames',
    { domainName: 'partners.acme-payments.example', securityPolicy: 'TLS_1_0', endpointConfiguration: { types: ['REGIONAL'] }, domainNameStatus: 'AVAILABLE' },
    { domainName: 'api.acme-payments.example', securityPolicy: 'TLS_1_2', endpointConfiguration: { types: ['REGIONAL'] }, domainNameStatus: 'AVAILABLE' },
  );
}

/** The legacy edge in front of payments: CDN, DNS and a classic load balancer nobody migrated. */
function productionLegacyEdge(world: WorldInput): void {
  // The CDN still lets viewers in over HTTP, offers TLS 1.0 on its custom domain and has no WAF.
  append(world, PRODUCTION, 'global', 'cloudfront', 'Distributions', {
    Id: 'E1PAYCDNLEGACY1', Tags: [{ Key: 'env', Value: 'production' }],
    DistributionConfig: {
      CallerReference: 'payments-cdn', Comment: 'payments static assets', DefaultRootObject: 'index.html', Enabled: true,
      Aliases: { Items: ['static.acme-payments.example'] },
      Origins: { Items: [{ Id: 'assets', DomainName: 'acme-payments-assets.s3.eu-west-1.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: 'E2PAYOAC000001' }] },
      DefaultCacheBehavior: { TargetOriginId: 'assets', ViewerProtocolPolicy: 'allow-all' },
      Logging: { Enabled: true, IncludeCookies: false, Bucket: 'acme-payments-logs.s3.amazonaws.com', Prefix: 'cdn/' },
      ViewerCertificate: { ACMCertificateArn: `arn:aws:acm:us-east-1:${PRODUCTION}:certificate/5a1e0000-0000-4000-8000-00000000cd01`, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'acm' },
    },
  });
  // The public zone answers the world with no query log.
  append(world, PRODUCTION, 'global', 'route53', 'HostedZones', { Id: 'Z0PAYMENTSPUBLIC01', Name: 'acme-payments.example', ResourceRecordSetCount: 9, Tags: [{ Key: 'env', Value: 'production' }] });
  // The old checkout still sits behind a classic load balancer that only speaks HTTP.
  append(world, PRODUCTION, R, 'elasticloadbalancing', 'ClassicLoadBalancers', {
    LoadBalancerName: 'legacy-checkout', Scheme: 'internet-facing', VPCId: 'vpc-prod', Subnets: ['subnet-prod-public'], SecurityGroups: ['sg-prod-legacy-open'],
    Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 8080 }],
    Attributes: { CrossZoneLoadBalancing: { Enabled: true }, ConnectionDraining: { Enabled: true, Timeout: 300 } },
    Tags: [{ Key: 'env', Value: 'production' }],
  });
}

function developmentSprawl(world: WorldInput): void {
  for (const r of ['eu-west-1'] as const) {
    append(world, DEVELOPMENT, r, 'ec2', 'Vpcs', { VpcId: 'vpc-dev-sandbox', CidrBlock: '10.31.0.0/16', IsDefault: false, State: 'available', Tags: [{ Key: 'Name', Value: 'sandbox' }] });
    append(world, DEVELOPMENT, r, 'ec2', 'NetworkAcls', {
      NetworkAclId: 'acl-dev-sandbox-default', VpcId: 'vpc-dev-sandbox', IsDefault: true,
      Entries: [
        { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
        { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
        { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
        { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' },
      ],
    });
    append(world, DEVELOPMENT, r, 'ec2', 'RouteTables', { RouteTableId: 'rtb-dev-sandbox', VpcId: 'vpc-dev-sandbox', Routes: [{ DestinationCidrBlock: '10.31.0.0/16', GatewayId: 'local', State: 'active' }], Associations: [{ Main: true, RouteTableId: 'rtb-dev-sandbox' }] });
    append(world, DEVELOPMENT, r, 'ec2', 'SecurityGroups',
      {
        GroupId: 'sg-dev-partners', GroupName: 'partner-callbacks', Description: 'partner webhooks, one rule per partner address', VpcId: `vpc-dev-${r.slice(0, 2)}`,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: Array.from({ length: 56 }, (_, i) => ({ CidrIp: `198.51.100.${i + 1}/32`, Description: `partner ${i + 1}` })) }],
        IpPermissionsEgress: [],
      },
      {
        GroupId: 'sg-dev-cloud-range', GroupName: 'ci-runners', Description: 'CI runners "restricted" to their cloud provider range', VpcId: `vpc-dev-${r.slice(0, 2)}`,
        IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8443, ToPort: 8443, IpRanges: [{ CidrIp: '52.0.0.0/8', Description: 'CI provider' }] }],
        IpPermissionsEgress: [],
      },
    );
  }
}

export const networkPlants: PlantFamily = {
  name: 'network',
  plant(world) {
    productionEdge(world);
    productionApis(world);
    productionLegacyEdge(world);
    developmentSprawl(world);
  },
  expected: [
    ['aws-ec2-sg-all-traffic-both-ways', PRODUCTION, 'sg-prod-legacy-open'],
    ['aws-ec2-sg-open-on-running-instance', PRODUCTION, 'sg-prod-bastion'],
    ['aws-ec2-sg-too-many-rules', DEVELOPMENT, 'sg-dev-partners'],
    ['aws-ec2-sg-wide-public-cidr', DEVELOPMENT, 'sg-dev-cloud-range'],
    ['aws-ec2-nacl-all-traffic-open', PRODUCTION, 'acl-prod-public'],
    ['aws-ec2-nacl-default-allows-all', DEVELOPMENT, 'acl-dev-sandbox-default'],
    ['aws-ec2-subnet-public-auto-ip', PRODUCTION, 'subnet-prod-public'],
    ['aws-ec2-subnet-public-auto-ip', PRODUCTION, 'subnet-legacy-a'],
    ['aws-ec2-instance-in-public-subnet', PRODUCTION, 'i-0ba571'],
    ['aws-ec2-vpc-default-in-use', PRODUCTION, 'vpc-legacy'],
    ['aws-ec2-vpc-endpoint-policy-full-access', PRODUCTION, 'vpce-0prods3full'],
    ['aws-ec2-route-table-peering-broad', PRODUCTION, 'rtb-prod-partner'],
    ['aws-ec2-vpc-peering-outside-org', PRODUCTION, 'pcx-0prodpartner'],
    ['aws-ec2-eip-shield-advanced', PRODUCTION, 'eipalloc-0legacy'],
    ['aws-elbv2-internet-facing-admin-port', PRODUCTION, 'ops-ssh-gateway'],
    ['aws-elbv2-internet-facing-no-tls', PRODUCTION, 'payments-public'],
    ['aws-elbv2-internet-facing-no-tls', PRODUCTION, 'ops-ssh-gateway'],
    ['aws-elbv2-shield-advanced', PRODUCTION, 'payments-public'],
    ['aws-apigateway-rest-stage-waf', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-unauthenticated-methods', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-internal-public-endpoint', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-access-logs', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-execution-logging', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-xray-tracing', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-rest-backend-certificate', PRODUCTION, 'p4rtn3rap1'],
    ['aws-apigateway-http-access-logs', PRODUCTION, 'st4tush77p'],
    ['aws-apigateway-domain-tls12', PRODUCTION, 'partners.acme-payments.example'],
    ['aws-apigateway-http-route-no-authorizer', PRODUCTION, 'st4tush77p'],
    ['aws-cloudfront-viewer-https', PRODUCTION, 'E1PAYCDNLEGACY1'],
    ['aws-cloudfront-viewer-tls', PRODUCTION, 'E1PAYCDNLEGACY1'],
    ['aws-cloudfront-waf', PRODUCTION, 'E1PAYCDNLEGACY1'],
    ['aws-cloudfront-shield-advanced', PRODUCTION, 'E1PAYCDNLEGACY1'],
    ['aws-route53-public-zone-query-logging', PRODUCTION, 'Z0PAYMENTSPUBLIC01'],
    ['aws-route53-shield-advanced', PRODUCTION, 'Z0PAYMENTSPUBLIC01'],
    ['aws-elb-internet-facing-no-tls', PRODUCTION, 'legacy-checkout'],
    ['aws-elb-access-logs', PRODUCTION, 'legacy-checkout'],
    ['aws-elb-shield-advanced', PRODUCTION, 'legacy-checkout'],
  ],
};
