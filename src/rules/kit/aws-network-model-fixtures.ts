/**
 * Typed model fixtures for the network rules' examples: resources that IaC adapters do not produce (route
 * tables, VPC endpoints, Shield, API Gateway) or relations between several resources. Each builder takes a
 * uid so the groups can reference each other the way collectors link them.
 */
import { explicit, type Value } from '../../model/core/index.js';
import type { ApiStageSummary, Route } from '../../model/aws/index.js';
import type { ModelResource, ResourceType, ResourceTypeMap } from '../../model/types.js';
import { modelFixture } from './aws-logging-fixtures.js';

const v = <T>(x: T): Value<T> => explicit(x);
export const FIXTURE_ACCOUNT = '111122223333';

/** A fixture of `type` whose uid is `uid` (so other fixtures can reference it). */
export function netFixture<T extends ResourceType>(type: T, uid: string, properties: ResourceTypeMap[T], account = FIXTURE_ACCOUNT, tags: Record<string, string> = {}): ModelResource<T> {
  const name = uid.split(/[/:]/).pop() ?? uid;
  return { ...modelFixture(type, name, properties, { account, region: 'eu-west-1', tags }), uid };
}

export function vpcFixture(uid: string, isDefault = false, cidr = '10.0.0.0/16'): ModelResource<'aws.ec2.vpc'> {
  return netFixture('aws.ec2.vpc', uid, { cidrBlock: v(cidr), isDefault: v(isDefault) });
}

export function subnetFixture(uid: string, vpcUid: string, mapPublicIp: boolean | Value<boolean>): ModelResource<'aws.ec2.subnet'> {
  return netFixture('aws.ec2.subnet', uid, { vpcId: v(vpcUid), cidrBlock: v('10.0.1.0/24'), mapPublicIpOnLaunch: typeof mapPublicIp === 'boolean' ? v(mapPublicIp) : mapPublicIp, availabilityZone: v('eu-west-1a') });
}

/** A route to `target` of `kind` (`internet-gateway`, `vpc-peering-connection`, `local`, ...). */
export function routeFixture(destination: string, kind: string, target: string | null): Route {
  const src = { kind: 'api', call: 'fixture:route' } as const;
  const ipv6 = destination.includes(':');
  return {
    destinationCidrBlock: v(ipv6 ? null : destination), destinationIpv6CidrBlock: v(ipv6 ? destination : null), destinationPrefixListId: v(null),
    target: v(target), targetKind: v(kind), state: v('active'), source: src,
  };
}

export function routeTableFixture(uid: string, vpcUid: string, opts: { main?: boolean; subnets?: readonly string[]; routes: readonly Route[] | Value<readonly Route[]> }): ModelResource<'aws.ec2.route-table'> {
  const routes = Array.isArray(opts.routes) ? v(opts.routes as readonly Route[]) : (opts.routes as Value<readonly Route[]>);
  return netFixture('aws.ec2.route-table', uid, { vpcId: v(vpcUid), isMain: v(opts.main ?? false), subnetIds: v(opts.subnets ?? []), routes });
}

export function instanceFixture(uid: string, opts: { subnet?: string | null; state?: string; securityGroups?: readonly string[]; publicIp?: string | null }): ModelResource<'aws.ec2.instance'> {
  const publicIp = opts.publicIp ?? null;
  return netFixture('aws.ec2.instance', uid, {
    instanceId: v(uid.split('/').pop() ?? uid), imageId: v('ami-0123456789abcdef0'), instanceType: v('t3.micro'), hasPublicIp: v(publicIp !== null), publicIp: v(publicIp),
    metadataHttpTokens: v('required'), metadataHttpEndpoint: v('enabled'), metadataHopLimit: v(1), securityGroups: v(opts.securityGroups ?? []),
    subnetId: v(opts.subnet ?? null), iamInstanceProfile: v(null), rootVolumeEncrypted: v(true), detailedMonitoring: v(false), ebsOptimized: v(true),
    userData: v(null), state: v(opts.state ?? 'running'), launchTime: v('2026-01-01T00:00:00Z'),
  });
}

export function networkInterfaceFixture(uid: string, vpcUid: string, publicIp: string | null = null): ModelResource<'aws.ec2.network-interface'> {
  return netFixture('aws.ec2.network-interface', uid, {
    vpcId: v(vpcUid), subnetId: v(''), interfaceType: v('interface'), privateIp: v('10.0.1.10'), publicIp: v(publicIp),
    securityGroups: v([]), attachedInstance: v(null), status: v('in-use'),
  });
}

export function vpcEndpointFixture(uid: string, policy: string | null | Value<string | null>, type = 'Gateway'): ModelResource<'aws.ec2.vpc-endpoint'> {
  return netFixture('aws.ec2.vpc-endpoint', uid, {
    vpcId: v('vpc-main'), serviceName: v('com.amazonaws.eu-west-1.s3'), endpointType: v(type),
    policy: policy !== null && typeof policy === 'object' ? policy : v(policy), routeTableIds: v([]), subnetIds: v([]), securityGroups: v([]), privateDnsEnabled: v(false), state: v('available'),
  });
}

export function loadBalancerFixture(uid: string, scheme: string | Value<string>, lbType = 'application'): ModelResource<'aws.elbv2.load-balancer'> {
  return netFixture('aws.elbv2.load-balancer', uid, {
    lbType: v(lbType), scheme: typeof scheme === 'string' ? v(scheme) : scheme, dropInvalidHeaderFields: v(true), deletionProtection: v(true), accessLogsEnabled: v(true),
    securityGroups: v([]), subnets: v([]),
  });
}

export function listenerFixture(uid: string, lbUid: string, protocol: string, port: number): ModelResource<'aws.elbv2.listener'> {
  return netFixture('aws.elbv2.listener', uid, { loadBalancerId: v(lbUid), protocol: v(protocol), port: v(port), sslPolicy: v(protocol === 'HTTPS' || protocol === 'TLS' ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : null), redirectsToHttps: v(false) });
}

export function shieldSubscriptionFixture(active: boolean | Value<boolean>, account = FIXTURE_ACCOUNT): ModelResource<'aws.shield.subscription'> {
  return netFixture('aws.shield.subscription', `arn:aws:shield::${account}:subscription`, { active: typeof active === 'boolean' ? v(active) : active, autoRenew: v('ENABLED'), endTime: v(null) }, account);
}

export function shieldProtectionFixture(resourceArn: string, account = FIXTURE_ACCOUNT): ModelResource<'aws.shield.protection'> {
  return netFixture('aws.shield.protection', `arn:aws:shield::${account}:protection/${resourceArn.split('/').pop() ?? 'p'}`, { resourceArn: v(resourceArn) }, account);
}

/** A stage with access logs, INFO execution logs and a web ACL unless overridden. */
export function stageFixture(name: string, p: Partial<ApiStageSummary> = {}): ApiStageSummary {
  return { name, accessLogsEnabled: true, executionLoggingLevel: 'INFO', tracingEnabled: true, webAclArn: `arn:aws:wafv2:eu-west-1:${FIXTURE_ACCOUNT}:regional/webacl/api/1`, clientCertificateId: null, ...p };
}

export function restApiFixture(uid: string, p: Partial<ResourceTypeMap['aws.apigateway.rest-api']> = {}, tags: Record<string, string> = {}): ModelResource<'aws.apigateway.rest-api'> {
  return netFixture('aws.apigateway.rest-api', uid, {
    endpointType: v('REGIONAL'), stages: v([stageFixture('prod')]), unauthenticatedMethods: v([]), authorizerTypes: v(['COGNITO_USER_POOLS']), policy: v(null), disableExecuteApiEndpoint: v(false), ...p,
  }, FIXTURE_ACCOUNT, tags);
}

export function httpApiFixture(uid: string, p: Partial<ResourceTypeMap['aws.apigateway.http-api']> = {}): ModelResource<'aws.apigateway.http-api'> {
  return netFixture('aws.apigateway.http-api', uid, {
    protocolType: v('HTTP'), stages: v([stageFixture('$default', { tracingEnabled: false, webAclArn: null })]), unauthenticatedRoutes: v([]), disableExecuteApiEndpoint: v(false), ...p,
  });
}
