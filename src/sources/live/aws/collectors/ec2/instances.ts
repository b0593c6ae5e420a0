/**
 * Instances and EBS volumes. Volumes come first: an instance's root-volume encryption is read from the volume
 * its root device maps to. User data comes from DescribeInstanceAttribute (one call per instance); whether it
 * holds secrets is the rules' judgement, this only decodes it.
 */
import { DescribeImagesCommand, DescribeInstanceAttributeCommand, DescribeInstancesCommand, DescribeVolumesCommand, type EC2Client, type Image, type Instance, type Volume } from '@aws-sdk/client-ec2';
import type { LaunchImage } from '../../../../../model/aws/ec2.js';
import type { Value } from '../../../../../model/core/index.js';
import { apiUnknown, apiValue, type CallResult, type CollectorContext } from '../../collector.js';
import { FAN_OUT, decodeUserData, ec2Resource, ec2Uid, forEachLimited, fromCall, valuesOf } from './shared.js';

const VOLUMES = 'ec2:DescribeVolumes';
const INSTANCES = 'ec2:DescribeInstances';
const USER_DATA = 'ec2:DescribeInstanceAttribute';
const IMAGES = 'ec2:DescribeImages';
/** Image ids per DescribeImages filter (the API caps filter values at 200). */
const IMAGE_BATCH = 200;
/**
 * Instances per DescribeInstances page. Each instance costs a user-data call anyway, so a smaller page than
 * the 1000 maximum costs little and keeps a page's XML small.
 */
export const INSTANCE_PAGE = 200;

/** Lists and emits the region's volumes; returns the listing (or its failure) for the instances. */
export async function collectVolumes(ctx: CollectorContext, ec2: EC2Client): Promise<CallResult<Volume[]>> {
  const listed = await ctx.paginate(VOLUMES, async (token) => {
    const o = await ec2.send(new DescribeVolumesCommand({ NextToken: token, MaxResults: 500 }));
    return { items: o.Volumes ?? [], next: o.NextToken };
  });
  if (!listed.ok) return listed;
  const v = valuesOf(ctx, VOLUMES);
  for (const vol of listed.value) {
    if (!vol.VolumeId) continue;
    ctx.emit(ec2Resource(ctx, 'aws.ec2.volume', ec2Uid(ctx, 'volume', vol.VolumeId), vol.VolumeId, vol.Tags, VOLUMES, {
      encrypted: v(vol.Encrypted === true),
      kmsKeyId: v(vol.KmsKeyId ?? null),
      sizeGiB: v(vol.Size ?? 0),
      volumeType: v(vol.VolumeType ?? 'standard'),
      attachedInstances: v((vol.Attachments ?? []).flatMap((a) => (a.InstanceId ? [ec2Uid(ctx, 'instance', a.InstanceId)] : []))),
    }));
  }
  return listed;
}

function rootEncryption(ctx: CollectorContext, i: Instance, volumes: CallResult<Volume[]>): Value<boolean> {
  const source = ctx.prov(VOLUMES);
  const root = (i.BlockDeviceMappings ?? []).find((m) => m.DeviceName === i.RootDeviceName);
  if (i.RootDeviceType === 'instance-store') return { kind: 'unresolvable', value: undefined, source: ctx.prov(INSTANCES), reason: 'the root device is an instance store, not an EBS volume' };
  if (!root?.Ebs?.VolumeId) return { kind: 'unresolvable', value: undefined, source: ctx.prov(INSTANCES), reason: `no EBS volume is mapped to the root device ${i.RootDeviceName ?? '(none)'}` };
  if (!volumes.ok) return apiUnknown(volumes, source);
  const vol = volumes.value.find((x) => x.VolumeId === root.Ebs!.VolumeId);
  if (!vol) return { kind: 'unresolvable', value: undefined, source, reason: `root volume ${root.Ebs.VolumeId} was not in the DescribeVolumes answer` };
  return apiValue(vol.Encrypted === true, source);
}

function metadata<T>(ctx: CollectorContext, i: Instance, f: (m: NonNullable<Instance['MetadataOptions']>) => T | undefined, what: string): Value<T> {
  const m = i.MetadataOptions;
  const got = m ? f(m) : undefined;
  if (got === undefined) return { kind: 'unresolvable', value: undefined, source: ctx.prov(INSTANCES), reason: `DescribeInstances did not return ${what}` };
  return apiValue(got, ctx.prov(INSTANCES));
}

/**
 * The AMIs the instances were launched from, whoever owns them. An `image-id` filter (rather than `ImageIds`)
 * returns nothing for a deregistered or unshared AMI instead of failing the whole batch, so an absent id
 * means "no longer visible".
 */
async function launchImages(ctx: CollectorContext, ec2: EC2Client, ids: readonly string[]): Promise<CallResult<Map<string, Image>>> {
  const found = new Map<string, Image>();
  for (let i = 0; i < ids.length; i += IMAGE_BATCH) {
    const batch = ids.slice(i, i + IMAGE_BATCH);
    const r = await ctx.paginate(IMAGES, async (token) => {
      const o = await ec2.send(new DescribeImagesCommand({ Filters: [{ Name: 'image-id', Values: batch }], NextToken: token, MaxResults: 1000, IncludeDeprecated: true }));
      return { items: o.Images ?? [], next: o.NextToken };
    });
    if (!r.ok) return r;
    for (const im of r.value) if (im.ImageId) found.set(im.ImageId, im);
  }
  return { ok: true, value: found };
}

function launchImage(ctx: CollectorContext, images: CallResult<Map<string, Image>>, id: string | undefined): Value<LaunchImage | null> {
  const source = ctx.prov(IMAGES);
  if (!images.ok) return apiUnknown(images, source);
  const im = id ? images.value.get(id) : undefined;
  if (!im) return apiValue(null, source);
  return apiValue({ ownerId: im.OwnerId ?? '', ownerAlias: im.ImageOwnerAlias ?? null, deprecationTime: im.DeprecationTime ?? null, creationDate: im.CreationDate ?? null }, source);
}

/** Lists instances (terminated ones excluded: they no longer exist to be judged) and emits them. */
export async function collectInstances(ctx: CollectorContext, ec2: EC2Client, volumes: CallResult<Volume[]>): Promise<void> {
  const listed = await ctx.paginate(INSTANCES, async (token) => {
    const o = await ec2.send(new DescribeInstancesCommand({ NextToken: token, MaxResults: INSTANCE_PAGE }));
    return { items: (o.Reservations ?? []).flatMap((r) => r.Instances ?? []), next: o.NextToken };
  });
  if (!listed.ok) return;
  const live = listed.value.filter((i) => i.InstanceId && i.State?.Name !== 'terminated');
  const v = valuesOf(ctx, INSTANCES);
  const images = await launchImages(ctx, ec2, [...new Set(live.flatMap((i) => (i.ImageId ? [i.ImageId] : [])))]);
  await forEachLimited(live, FAN_OUT, async (i) => {
    const id = i.InstanceId!;
    const ud = await ctx.call(USER_DATA, () => ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: id, Attribute: 'userData' })), { resourceId: id });
    ctx.emit(ec2Resource(ctx, 'aws.ec2.instance', ec2Uid(ctx, 'instance', id), id, i.Tags, INSTANCES, {
      instanceId: v(id),
      imageId: v(i.ImageId ?? ''),
      instanceType: v(i.InstanceType ?? ''),
      hasPublicIp: v(i.PublicIpAddress !== undefined && i.PublicIpAddress !== ''),
      publicIp: v(i.PublicIpAddress ?? null),
      metadataHttpTokens: metadata(ctx, i, (m) => m.HttpTokens, 'MetadataOptions.HttpTokens'),
      metadataHttpEndpoint: metadata(ctx, i, (m) => m.HttpEndpoint, 'MetadataOptions.HttpEndpoint'),
      metadataHopLimit: metadata(ctx, i, (m) => m.HttpPutResponseHopLimit, 'MetadataOptions.HttpPutResponseHopLimit'),
      securityGroups: v((i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [ec2Uid(ctx, 'security-group', g.GroupId)] : []))),
      subnetId: v(i.SubnetId ? ec2Uid(ctx, 'subnet', i.SubnetId) : null),
      iamInstanceProfile: v(i.IamInstanceProfile?.Arn ?? null),
      rootVolumeEncrypted: rootEncryption(ctx, i, volumes),
      detailedMonitoring: v(i.Monitoring?.State === 'enabled' || i.Monitoring?.State === 'pending'),
      ebsOptimized: v(i.EbsOptimized === true),
      userData: fromCall(ctx, USER_DATA, ud, (o) => decodeUserData(o.UserData?.Value)),
      state: v(i.State?.Name ?? 'unknown'),
      launchTime: v(i.LaunchTime ? new Date(i.LaunchTime).toISOString() : null),
      launchImage: launchImage(ctx, images, i.ImageId),
    }));
  });
}
