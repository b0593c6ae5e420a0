/** EBS volumes, snapshots (and their create-volume permission), AMIs (and launch permission), default encryption. */
import type { Volume } from '@aws-sdk/client-ec2';
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { LIMITS_5_1000_ALL, byOwners, describe, one } from './describe.js';
import { str, strings } from './input.js';
import { ec2Of, type WorldImage, type WorldSnapshot } from './state.js';
import { toWire } from './wire.js';

function snapshot(ctx: CallContext, id: string | undefined): WorldSnapshot {
  const s = ec2Of(ctx.account, ctx.region).Snapshots.find((x) => x.SnapshotId === id);
  if (!s) throw new SimError('InvalidSnapshot.NotFound', `The snapshot '${id ?? ''}' does not exist.`);
  return s;
}

function image(ctx: CallContext, id: string | undefined): WorldImage {
  const i = ec2Of(ctx.account, ctx.region).Images.find((x) => x.ImageId === id);
  if (!i) throw new SimError('InvalidAMIID.NotFound', `The image id '[${id ?? ''}]' does not exist`);
  return i;
}

function ebsDefault(ctx: CallContext, enabled?: boolean): boolean {
  const s = ec2Of(ctx.account, ctx.region);
  if (enabled !== undefined) s.EbsEncryptionByDefault = enabled;
  return s.EbsEncryptionByDefault;
}

export const ebsOperations: Record<string, OperationHandler> = {
  DescribeVolumes: describe<Volume>({
    op: 'DescribeVolumes', result: 'DescribeVolumesResult', listKey: 'Volumes', select: (s) => s.Volumes, limits: LIMITS_5_1000_ALL,
    ids: { params: ['VolumeId', 'VolumeIds'], idOf: (v) => v.VolumeId, notFound: 'InvalidVolume.NotFound', what: 'volume' },
    fields: {
      'volume-id': (v) => one(v.VolumeId), encrypted: (v) => one(v.Encrypted ?? false), status: (v) => one(v.State), 'volume-type': (v) => one(v.VolumeType),
      'attachment.instance-id': (v) => (v.Attachments ?? []).map((a) => a.InstanceId),
    },
  }),
  DescribeSnapshots: describe<WorldSnapshot>({
    op: 'DescribeSnapshots', result: 'DescribeSnapshotsResult', listKey: 'Snapshots', select: (s) => s.Snapshots, limits: LIMITS_5_1000_ALL,
    ids: { params: ['SnapshotId', 'SnapshotIds'], idOf: (v) => v.SnapshotId, notFound: 'InvalidSnapshot.NotFound', what: 'snapshot' },
    narrow: (items, input, account) => byOwners(items, strings(input, 'Owner', 'OwnerIds'), account),
    fields: { 'snapshot-id': (v) => one(v.SnapshotId), 'owner-id': (v) => one(v.OwnerId), 'volume-id': (v) => one(v.VolumeId), encrypted: (v) => one(v.Encrypted ?? false), status: (v) => one(v.State) },
    hidden: ['CreateVolumePermissions'],
  }),
  DescribeSnapshotAttribute: (input, ctx) => {
    const s = snapshot(ctx, str(input, 'SnapshotId'));
    const attr = str(input, 'Attribute');
    if (attr === 'createVolumePermission') return toWire('DescribeSnapshotAttributeResult', { SnapshotId: s.SnapshotId, CreateVolumePermissions: s.CreateVolumePermissions ?? [] });
    if (attr === 'productCodes') return toWire('DescribeSnapshotAttributeResult', { SnapshotId: s.SnapshotId, ProductCodes: [] });
    throw new SimError('InvalidParameterValue', `Value (${attr ?? ''}) for parameter attribute is invalid.`);
  },
  DescribeImages: describe<WorldImage>({
    op: 'DescribeImages', result: 'DescribeImagesResult', listKey: 'Images', select: (s) => s.Images, limits: { min: 5, max: 1000, default: Number.MAX_SAFE_INTEGER },
    ids: { params: ['ImageId', 'ImageIds'], idOf: (v) => v.ImageId, notFound: 'InvalidAMIID.NotFound', what: 'image' },
    narrow: (items, input, account) => byOwners(items, strings(input, 'Owner', 'Owners'), account),
    fields: { 'image-id': (v) => one(v.ImageId), 'owner-id': (v) => one(v.OwnerId), 'is-public': (v) => one(v.Public ?? false), state: (v) => one(v.State), name: (v) => one(v.Name) },
    hidden: ['LaunchPermissions'],
  }),
  DescribeImageAttribute: (input, ctx) => {
    const i = image(ctx, str(input, 'ImageId'));
    const attr = str(input, 'Attribute');
    if (attr === 'launchPermission') return toWire('ImageAttribute', { ImageId: i.ImageId, LaunchPermissions: i.LaunchPermissions ?? (i.Public ? [{ Group: 'all' }] : []) });
    if (attr === 'description') return toWire('ImageAttribute', { ImageId: i.ImageId, Description: { Value: i.Description } });
    throw new SimError('InvalidParameterValue', `Value (${attr ?? ''}) for parameter attribute is invalid.`);
  },
  GetEbsEncryptionByDefault: (_input, ctx) => toWire('GetEbsEncryptionByDefaultResult', { EbsEncryptionByDefault: ebsDefault(ctx), SseType: 'sse-ebs' }),
  EnableEbsEncryptionByDefault: (_input, ctx) => toWire('EnableEbsEncryptionByDefaultResult', { EbsEncryptionByDefault: ebsDefault(ctx, true) }),
  DisableEbsEncryptionByDefault: (_input, ctx) => toWire('DisableEbsEncryptionByDefaultResult', { EbsEncryptionByDefault: ebsDefault(ctx, false) }),
  GetEbsDefaultKmsKeyId: (_input, ctx) => {
    const s = ec2Of(ctx.account, ctx.region);
    return toWire('GetEbsDefaultKmsKeyIdResult', { KmsKeyId: s.EbsDefaultKmsKeyId ?? 'alias/aws/ebs' });
  },
};

