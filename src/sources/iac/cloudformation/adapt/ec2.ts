import type { EbsVolumeProperties, Ec2InstanceProperties, LaunchTemplateProperties } from '../../../../model/aws/ec2.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import { envelope, type AdaptContext, type Adapter, type ResolvedResource } from './context.js';
import { Reader, nodeAt, refTarget, tagsOf, toStr, type Conv } from './read.js';
import { targets } from './policy.js';
import { groupUids } from './security-group.js';

/** UserData is base64 in CloudFormation; the model holds the decoded script. */
const decodedUserData: Conv<string | null> = (n, ctx) => {
  const s = toStr(n, ctx);
  if (!s.ok) return s;
  const decoded = Buffer.from(s.value, 'base64').toString('utf8');
  const isBase64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(s.value) && Buffer.from(decoded, 'utf8').toString('base64') === s.value.replace(/\s/g, '');
  return { ok: true, value: isBase64 ? decoded : s.value };
};

/** The launch template of the template an instance names (by LaunchTemplateId / LaunchTemplateName), if any. */
function launchTemplateOf(rd: Reader): Reader | undefined {
  const ctx = rd.ctx;
  const id = refTarget(nodeAt(rd.root, 'LaunchTemplate.LaunchTemplateId'));
  const byId = id !== undefined ? ctx.byId(id) : undefined;
  const name = nodeAt(rd.root, 'LaunchTemplate.LaunchTemplateName');
  const lt: ResolvedResource | undefined =
    byId ?? ctx.ofType('AWS::EC2::LaunchTemplate').find((t) => targets(name, t.logicalId, scalar(nodeAt(t.props, 'LaunchTemplateName')), ctx));
  return lt ? new Reader(ctx, lt, nodeAt(lt.props, 'LaunchTemplateData')) : undefined;
}

function scalar(n: ReturnType<typeof nodeAt>): string | undefined {
  return n?.t === 'scalar' && n.value !== null ? String(n.value) : undefined;
}

/** An instance value read from the instance, else its launch template, else the default. */
function fromInstanceOrTemplate<T>(rd: Reader, lt: Reader | undefined, path: string, ltPath: string, read: (r: Reader, p: string) => Value<T>): Value<T> {
  if (rd.has(path) || !lt || !lt.has(ltPath)) return read(rd, path);
  return read(lt, ltPath);
}

/** Whether the instance gets a public IP: the network interface says, else its subnet (default VPC: yes). */
function publicIp(rd: Reader, lt: Reader | undefined, ctx: AdaptContext): Value<boolean> {
  const nic = 'NetworkInterfaces.0.AssociatePublicIpAddress';
  if (rd.has(nic)) return rd.bool(nic, false);
  if (lt?.has(nic)) return lt.bool(nic, false);
  const subnetNode = nodeAt(rd.root, 'SubnetId') ?? nodeAt(rd.root, 'NetworkInterfaces.0.SubnetId');
  if (subnetNode === undefined) return defaulted(true, rd.block, 'without a subnet the instance launches in a default-VPC subnet, which assigns public IPs');
  const subnet = refTarget(subnetNode);
  const s = subnet !== undefined ? ctx.byId(subnet) : undefined;
  if (s?.type === 'AWS::EC2::Subnet') return new Reader(ctx, s).bool('MapPublicIpOnLaunch', false);
  return unresolvable('the subnet decides (MapPublicIpOnLaunch), and it is not in this template', ctx.prov(subnetNode.range, 'SubnetId'));
}

/** AWS::EC2::Instance (metadata options and network settings also read from a launch template of the same file). */
export const ec2Instance: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const lt = launchTemplateOf(rd);
  const meta = <T>(key: string, read: (x: Reader, p: string) => Value<T>) => fromInstanceOrTemplate(rd, lt, `MetadataOptions.${key}`, `MetadataOptions.${key}`, read);
  const rootDevice = ['/dev/xvda', '/dev/sda1'];
  const mappings = nodeAt(r.props, 'BlockDeviceMappings');
  const rootIndex = mappings?.t === 'list' ? mappings.items.findIndex((m) => rootDevice.includes(scalar(nodeAt(m, 'DeviceName')) ?? '')) : -1;
  const props: Ec2InstanceProperties = {
    instanceId: unresolvable('the instance id is assigned at launch', rd.block),
    imageId: fromInstanceOrTemplate(rd, lt, 'ImageId', 'ImageId', (x, p) => x.str(p, { unresolvable: 'no ImageId' })),
    instanceType: fromInstanceOrTemplate(rd, lt, 'InstanceType', 'InstanceType', (x, p) => x.str(p, { value: 'm1.small' })),
    hasPublicIp: publicIp(rd, lt, ctx),
    publicIp: unresolvable('a public IP is assigned at launch', rd.block),
    metadataHttpTokens: meta('HttpTokens', (x, p) => x.str(p, { value: 'optional', reason: 'IMDSv1 stays allowed unless the AMI or the account says otherwise' })),
    metadataHttpEndpoint: meta('HttpEndpoint', (x, p) => x.str(p, { value: 'enabled' })),
    metadataHopLimit: meta('HttpPutResponseHopLimit', (x, p) => x.num(p, { value: 1 })),
    securityGroups: groupUids(rd, ['SecurityGroupIds', 'SecurityGroups', 'NetworkInterfaces.0.GroupSet']),
    subnetId: rd.has('SubnetId') ? rd.ref('SubnetId', { value: null }) : rd.ref('NetworkInterfaces.0.SubnetId', { value: null }),
    iamInstanceProfile: fromInstanceOrTemplate(rd, lt, 'IamInstanceProfile', 'IamInstanceProfile.Arn', (x, p) => x.ref(p, { value: null })),
    rootVolumeEncrypted:
      rootIndex >= 0
        ? rd.bool(`BlockDeviceMappings.${rootIndex}.Ebs.Encrypted`, false, 'unless EBS encryption by default is on in the account')
        : defaulted(false, rd.block, 'the root volume follows the AMI snapshot, unless EBS encryption by default is on'),
    detailedMonitoring: rd.bool('Monitoring', false),
    ebsOptimized: rd.bool('EbsOptimized', false),
    userData: fromInstanceOrTemplate(rd, lt, 'UserData', 'UserData', (x, p) => x.get(p, decodedUserData, { value: null })),
    state: defaulted('running', rd.block, 'CloudFormation launches the instance'),
    launchTime: unresolvable('known only after launch', rd.block),
  };
  return envelope(ctx, r, 'aws.ec2.instance', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::EC2::LaunchTemplate. */
export const launchTemplate: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const data = 'LaunchTemplateData';
  const name = rd.str('LaunchTemplateName', { unresolvable: 'CloudFormation generates the name' });
  const props: LaunchTemplateProperties = {
    metadataHttpTokens: rd.str(`${data}.MetadataOptions.HttpTokens`, { value: 'optional', reason: 'IMDSv1 stays allowed unless the AMI or the account says otherwise' }),
    associatePublicIp: rd.bool(`${data}.NetworkInterfaces.0.AssociatePublicIpAddress`, false, 'the subnet decides when the template does not'),
    userData: rd.get(`${data}.UserData`, decodedUserData, { value: null }),
  };
  return envelope(ctx, r, 'aws.ec2.launch-template', name, tagsOf(rd, `${data}.TagSpecifications.0.Tags`), props);
};

/** AWS::EC2::Volume, attached instances from AWS::EC2::VolumeAttachment resources. */
export const ebsVolume: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const attachments = ctx.ofType('AWS::EC2::VolumeAttachment').filter((a) => targets(nodeAt(a.props, 'VolumeId'), r.logicalId, undefined, ctx));
  const instances = attachments.map((a) => new Reader(ctx, a).ref('InstanceId', { unresolvable: 'no InstanceId' }));
  const props: EbsVolumeProperties = {
    encrypted: rd.bool('Encrypted', false, 'unless EBS encryption by default is on in the account'),
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
    sizeGiB: rd.num('Size', { unresolvable: 'the size comes from the snapshot' }),
    volumeType: rd.str('VolumeType', { value: 'gp2' }),
    attachedInstances: instances.every(isKnown)
      ? attachments.length > 0
        ? explicit(instances.map((i) => i.value as string), ctx.prov(attachments[0]!.range))
        : defaulted([], rd.block)
      : mapValue(instances.find((i) => !isKnown(i))!, () => []),
  };
  return envelope(ctx, r, 'aws.ec2.volume', explicit(r.logicalId), tagsOf(rd), props);
};
