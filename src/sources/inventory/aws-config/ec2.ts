import type { EbsVolume, Ec2Instance, SecurityGroup, SecurityGroupRule, Subnet, Vpc } from '../../../model/aws/ec2.js';
import { ec2Uid, fromItem } from './build.js';
import { ItemReader, bool, field, num, str, type ConfigItem } from './item.js';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** One recorded IpPermission → a model rule. Config has both `ipv4Ranges: [{cidrIp}]` and `ipRanges: ["cidr"]`. */
function sgRule(r: ItemReader, perm: unknown, item: ConfigItem, path: string): SecurityGroupRule {
  const v4 = [...list(field(perm, 'ipv4Ranges')).map((x) => str(field(x, 'cidrIp'))), ...list(field(perm, 'ipRanges')).map((x) => str(x) ?? str(field(x, 'cidrIp')))].filter((x): x is string => !!x);
  const v6 = list(field(perm, 'ipv6Ranges')).map((x) => str(field(x, 'cidrIpv6')) ?? str(x)).filter((x): x is string => !!x);
  const protocol = str(field(perm, 'ipProtocol')) ?? '-1';
  const from = num(field(perm, 'fromPort'));
  const to = num(field(perm, 'toPort'));
  const groupIds = list(field(perm, 'userIdGroupPairs')).map((p) => str(field(p, 'groupId'))).filter((x): x is string => !!x);
  return {
    protocol: r.known(protocol),
    fromPort: r.known(from ?? -1),
    toPort: r.known(to ?? -1),
    ipv4Ranges: r.known([...new Set(v4)]),
    ipv6Ranges: r.known([...new Set(v6)]),
    sourceSecurityGroups: r.known(groupIds.map((g) => `arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}:security-group/${g}`)),
    prefixListIds: r.known(list(field(perm, 'prefixListIds')).map((p) => str(field(p, 'prefixListId')) ?? '').filter(Boolean)),
    description: r.known(''),
    source: { ...item.prov, pointer: `${item.prov.pointer}/configuration/${path}` },
  };
}

export function adaptSecurityGroup(item: ConfigItem): SecurityGroup {
  const r = new ItemReader(item);
  const c = item.configuration;
  const rules = (key: string) => r.known(list(field(c, key)).map((p, i) => sgRule(r, p, item, `${key}/${i}`)));
  const vpc = str(field(c, 'vpcId'));
  return fromItem(item, 'aws.ec2.security-group', ec2Uid(item, 'security-group'), {
    groupName: r.get('groupName', str),
    description: r.get('description', str, { value: '', reason: 'no description recorded' }),
    vpcId: vpc ? r.known(`arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}:vpc/${vpc}`) : r.notRecorded('vpcId'),
    isDefault: r.known(str(field(c, 'groupName')) === 'default'),
    ingress: rules('ipPermissions'),
    egress: rules('ipPermissionsEgress'),
  });
}

export function adaptInstance(item: ConfigItem): Ec2Instance {
  const r = new ItemReader(item);
  const c = item.configuration;
  const prefix = `arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}`;
  const publicIp = str(field(c, 'publicIpAddress'));
  const subnet = str(field(c, 'subnetId'));
  const profile = str(field(c, 'iamInstanceProfile.arn'));
  return fromItem(item, 'aws.ec2.instance', ec2Uid(item, 'instance'), {
    instanceId: r.known(item.resourceId),
    imageId: r.get('imageId', str),
    instanceType: r.get('instanceType', str),
    hasPublicIp: r.known(Boolean(publicIp)),
    publicIp: r.known(publicIp ?? null),
    metadataHttpTokens: r.get('metadataOptions.httpTokens', str),
    metadataHttpEndpoint: r.get('metadataOptions.httpEndpoint', str, { value: 'enabled', reason: 'metadata endpoint defaults to enabled' }),
    metadataHopLimit: r.get('metadataOptions.httpPutResponseHopLimit', num, { value: 1, reason: 'hop limit defaults to 1' }),
    securityGroups: r.known(list(field(c, 'securityGroups')).map((g) => `${prefix}:security-group/${str(field(g, 'groupId')) ?? ''}`)),
    subnetId: r.known(subnet ? `${prefix}:subnet/${subnet}` : null),
    iamInstanceProfile: r.known(profile ?? null),
    rootVolumeEncrypted: r.notRecorded('root volume encryption (see the volume item)'),
    detailedMonitoring: r.known(str(field(c, 'monitoring.state')) === 'enabled'),
    ebsOptimized: r.get('ebsOptimized', bool, { value: false, reason: 'not recorded as EBS-optimized' }),
    userData: r.notRecorded('user data'),
    state: r.get('state.name', str),
    launchTime: r.known(str(field(c, 'launchTime')) ?? null),
  });
}

export function adaptVolume(item: ConfigItem): EbsVolume {
  const r = new ItemReader(item);
  const c = item.configuration;
  const prefix = `arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}`;
  return fromItem(item, 'aws.ec2.volume', ec2Uid(item, 'volume'), {
    encrypted: r.get('encrypted', bool),
    kmsKeyId: r.known(str(field(c, 'kmsKeyId')) ?? null),
    sizeGiB: r.get('size', num),
    volumeType: r.get('volumeType', str),
    attachedInstances: r.known(list(field(c, 'attachments')).map((a) => `${prefix}:instance/${str(field(a, 'instanceId')) ?? ''}`)),
  });
}

export function adaptVpc(item: ConfigItem): Vpc {
  const r = new ItemReader(item);
  return fromItem(item, 'aws.ec2.vpc', ec2Uid(item, 'vpc'), {
    cidrBlock: r.get('cidrBlock', str),
    isDefault: r.get('isDefault', bool, { value: false, reason: 'not recorded as the default VPC' }),
  });
}

export function adaptSubnet(item: ConfigItem): Subnet {
  const r = new ItemReader(item);
  const vpc = str(field(item.configuration, 'vpcId'));
  return fromItem(item, 'aws.ec2.subnet', ec2Uid(item, 'subnet'), {
    vpcId: vpc ? r.known(`arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}:vpc/${vpc}`) : r.notRecorded('vpcId'),
    cidrBlock: r.get('cidrBlock', str),
    mapPublicIpOnLaunch: r.get('mapPublicIpOnLaunch', bool),
    availabilityZone: r.get('availabilityZone', str),
  });
}
