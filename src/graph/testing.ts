/**
 * Model fixtures for the graph's tests: live-shaped resources (ARN uids) with every property the graph reads
 * set explicitly. Only tests import this file.
 */
import { explicit, NO_PROVENANCE } from '../model/core/index.js';
import type { Resource } from '../model/core/index.js';
import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-1';
const v = explicit;

export const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
export const allow = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Allow', Action, Resource, ...extra });
export const deny = (Action: string | string[], Resource: string | string[] = '*', extra: Partial<PolicyStatement> = {}): PolicyStatement => ({ Effect: 'Deny', Action, Resource, ...extra });
export const trustService = (service: string): PolicyDocument => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
export const trustAws = (arn: string): PolicyDocument => doc({ Effect: 'Allow', Principal: { AWS: arn }, Action: 'sts:AssumeRole' });

function resource(type: string, uid: string, name: string, properties: Record<string, unknown>, tags: Record<string, string> = {}, region?: string): Resource {
  const wrapped = Object.fromEntries(Object.entries(properties).map(([k, x]) => [k, v(x)]));
  return { uid, type, provider: 'aws', account: ACCOUNT, ...(region ? { region } : {}), name, tags: v(tags), properties: wrapped, origin: { kind: 'live', call: 'test' }, source: NO_PROVENANCE };
}

const inline = (policies: Record<string, PolicyDocument>) => Object.entries(policies).map(([name, document]) => ({ name: v(name), document: v(document), source: NO_PROVENANCE }));

export interface PrincipalOptions {
  readonly inline?: Record<string, PolicyDocument>;
  readonly attached?: readonly string[];
  readonly boundary?: string | null;
  readonly groups?: readonly string[];
  readonly consolePassword?: boolean;
  readonly accessKeys?: number;
}

export const arnOf = (kind: 'user' | 'role' | 'group' | 'policy', name: string): string => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;

export function user(name: string, o: PrincipalOptions = {}): Resource {
  return resource('aws.iam.user', arnOf('user', name), name, {
    path: '/', userName: name, inlinePolicies: inline(o.inline ?? {}), attachedPolicies: o.attached ?? [], permissionsBoundary: o.boundary ?? null,
    groups: (o.groups ?? []).map((g) => arnOf('group', g)), hasConsolePassword: o.consolePassword ?? false, passwordLastUsed: null, mfaDevices: 0,
    accessKeys: Array.from({ length: o.accessKeys ?? 0 }, (_, i) => ({ id: v(`AKIA${i}`), status: v('Active'), createdAt: v(null), lastUsedAt: v(null), source: NO_PROVENANCE })),
  });
}

export function role(name: string, trust: PolicyDocument, o: PrincipalOptions = {}): Resource {
  return resource('aws.iam.role', arnOf('role', name), name, {
    path: '/', roleName: name, trustPolicy: trust, inlinePolicies: inline(o.inline ?? {}), attachedPolicies: o.attached ?? [],
    permissionsBoundary: o.boundary ?? null, maxSessionDurationSeconds: 3600, lastUsed: null,
  });
}

export function group(name: string, o: PrincipalOptions = {}): Resource {
  return resource('aws.iam.group', arnOf('group', name), name, { path: '/', groupName: name, inlinePolicies: inline(o.inline ?? {}), attachedPolicies: o.attached ?? [] });
}

export function managedPolicy(name: string, document: PolicyDocument): Resource {
  return resource('aws.iam.policy', arnOf('policy', name), name, { policyName: name, arn: arnOf('policy', name), awsManaged: false, document, attachmentCount: 1 });
}

const ec2 = (kind: string, id: string): string => `arn:aws:ec2:${REGION}:${ACCOUNT}:${kind}/${id}`;

/** A VPC with one public subnet (route to an IGW), open NACL by default, and a security group with the given ingress. */
export function publicNetwork(ingressPorts: readonly (readonly [number, number])[], naclEntries?: readonly { rule: number; action: 'allow' | 'deny'; from: number; to: number }[]): Resource[] {
  const acl = (naclEntries ?? [{ rule: 100, action: 'allow' as const, from: -1, to: -1 }]).map((e) => ({
    ruleNumber: v(e.rule), egress: v(false), protocol: v(e.from < 0 ? '-1' : '6'), action: v(e.action), cidrBlock: v('0.0.0.0/0'), ipv6CidrBlock: v(null), fromPort: v(e.from), toPort: v(e.to), source: NO_PROVENANCE,
  }));
  return [
    resource('aws.ec2.vpc', ec2('vpc', 'vpc-1'), 'vpc-1', { cidrBlock: '10.0.0.0/16', isDefault: false }, {}, REGION),
    resource('aws.ec2.subnet', ec2('subnet', 'subnet-pub'), 'subnet-pub', { vpcId: ec2('vpc', 'vpc-1'), cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: true, availabilityZone: `${REGION}a` }, {}, REGION),
    resource('aws.ec2.internet-gateway', ec2('internet-gateway', 'igw-1'), 'igw-1', { attachedVpcIds: [ec2('vpc', 'vpc-1')] }, {}, REGION),
    resource('aws.ec2.route-table', ec2('route-table', 'rtb-pub'), 'rtb-pub', {
      vpcId: ec2('vpc', 'vpc-1'), isMain: false, subnetIds: [ec2('subnet', 'subnet-pub')],
      routes: [{ destinationCidrBlock: v('0.0.0.0/0'), destinationIpv6CidrBlock: v(null), destinationPrefixListId: v(null), target: v(ec2('internet-gateway', 'igw-1')), targetKind: v('internet-gateway'), state: v('active'), source: NO_PROVENANCE }],
    }, {}, REGION),
    resource('aws.ec2.network-acl', ec2('network-acl', 'acl-1'), 'acl-1', { vpcId: ec2('vpc', 'vpc-1'), isDefault: true, subnetIds: [ec2('subnet', 'subnet-pub')], entries: acl }, {}, REGION),
    resource('aws.ec2.security-group', ec2('security-group', 'sg-1'), 'sg-1', {
      groupName: 'sg-1', description: '', vpcId: ec2('vpc', 'vpc-1'), isDefault: false, egress: [],
      ingress: ingressPorts.map(([from, to]) => ({ protocol: v('tcp'), fromPort: v(from), toPort: v(to), ipv4Ranges: v(['0.0.0.0/0']), ipv6Ranges: v([]), sourceSecurityGroups: v([]), prefixListIds: v([]), description: v(''), source: NO_PROVENANCE })),
    }, {}, REGION),
  ];
}

/** An instance in the public subnet of {@link publicNetwork}, with a public IP and the given instance profile. */
export function instance(id: string, profile: string | null, publicIp: string | null = '203.0.113.10'): Resource {
  return resource('aws.ec2.instance', ec2('instance', id), id, {
    instanceId: id, imageId: 'ami-1', instanceType: 't3.micro', hasPublicIp: publicIp !== null, publicIp, metadataHttpTokens: 'required', metadataHttpEndpoint: 'enabled', metadataHopLimit: 1,
    securityGroups: [ec2('security-group', 'sg-1')], subnetId: ec2('subnet', 'subnet-pub'), iamInstanceProfile: profile ? `arn:aws:iam::${ACCOUNT}:instance-profile/${profile}` : null,
    rootVolumeEncrypted: true, detailedMonitoring: false, ebsOptimized: true, userData: null, state: 'running', launchTime: null,
  }, {}, REGION);
}

export function vulnerability(id: string, onUid: string, exploit: boolean): Resource {
  return resource('vulnerability.finding', `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/${id}`, id, {
    scanner: 'inspector2', findingType: 'PACKAGE_VULNERABILITY', title: id, vulnerabilityId: id, severity: 'CRITICAL', cvssScore: 9.8, inspectorScore: 9.8,
    exploitAvailable: exploit, fixAvailable: 'YES', packages: [], status: 'ACTIVE', resourceType: 'AWS_EC2_INSTANCE', resourceUid: onUid, firstObservedAt: null, lastObservedAt: null,
  }, {}, REGION);
}

export function bucket(name: string, tags: Record<string, string> = {}, policy: PolicyDocument | null = null): Resource {
  return resource('aws.s3.bucket', `arn:aws:s3:::${name}`, name, { policy }, tags, REGION);
}

export function lambdaFunction(name: string, roleName: string): Resource {
  return resource('aws.lambda.function', `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`, name, { functionName: name, runtime: 'nodejs20.x', role: arnOf('role', roleName), environment: {}, policy: null }, {}, REGION);
}

/** The organization data placing {@link ACCOUNT} under root r-root and OU ou-1, with one SCP on the OU (and FullAWSAccess on the root). */
export function organization(scp: PolicyDocument): Resource[] {
  const org = (type: string, id: string, props: Record<string, unknown>) => resource(type, `arn:aws:organizations::999999999999:${id}`, id, props);
  return [
    org('aws.organizations.account', ACCOUNT, { accountId: ACCOUNT, accountName: 'member', email: 'm@example.com', status: 'ACTIVE', parentPath: 'Root/ou-1', parentId: 'ou-1', joinedAt: null, joinedMethod: 'CREATED', isManagementAccount: false }),
    org('aws.organizations.unit', 'ou-1', { unitId: 'ou-1', unitName: 'ou-1', parentId: 'r-root', path: 'Root/ou-1' }),
    org('aws.organizations.scp', 'p-full', { policyId: 'p-full', policyName: 'FullAWSAccess', awsManaged: true, document: doc(allow('*')), targets: ['r-root', 'ou-1', ACCOUNT] }),
    org('aws.organizations.scp', 'p-guard', { policyId: 'p-guard', policyName: 'guard', awsManaged: false, document: scp, targets: ['ou-1'] }),
  ];
}

/** An application load balancer behind security group sg-1 of {@link publicNetwork}, with one listener. */
export function loadBalancer(name: string, scheme: 'internet-facing' | 'internal', port: number): Resource[] {
  const uid = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${name}/1`;
  return [
    resource('aws.elbv2.load-balancer', uid, name, { lbType: 'application', scheme, dropInvalidHeaderFields: true, deletionProtection: true, accessLogsEnabled: true, securityGroups: [ec2('security-group', 'sg-1')], subnets: [ec2('subnet', 'subnet-pub')] }, {}, REGION),
    resource('aws.elbv2.listener', `${uid}/listener/${port}`, `${name}:${port}`, { loadBalancerId: uid, protocol: 'HTTPS', port, sslPolicy: null, redirectsToHttps: false }, {}, REGION),
  ];
}
