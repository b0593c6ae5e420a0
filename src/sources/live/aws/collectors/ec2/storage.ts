/**
 * Owned snapshots (with who may create volumes from them), owned AMIs (with launch permissions), the
 * account-region EBS encryption default, and launch templates (their latest version's data).
 */
import {
  DescribeImageAttributeCommand, DescribeImagesCommand, DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand,
  DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand,
  type EC2Client, type LaunchPermission,
} from '@aws-sdk/client-ec2';
import { defaulted, type Value } from '../../../../../model/core/index.js';
import { apiUnknown, apiValue, type CollectorContext } from '../../collector.js';
import { FAN_OUT, decodeUserData, ec2Resource, ec2Uid, forEachLimited, fromCall, valuesOf } from './shared.js';

const SNAPSHOTS = 'ec2:DescribeSnapshots';
const SNAPSHOT_ATTR = 'ec2:DescribeSnapshotAttribute';
const IMAGES = 'ec2:DescribeImages';
const IMAGE_ATTR = 'ec2:DescribeImageAttribute';
const LTS = 'ec2:DescribeLaunchTemplates';
const LT_VERSIONS = 'ec2:DescribeLaunchTemplateVersions';

export async function collectSnapshots(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const listed = await ctx.paginate(SNAPSHOTS, async (token) => {
    const o = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], NextToken: token, MaxResults: 1000 }));
    return { items: o.Snapshots ?? [], next: o.NextToken };
  });
  if (!listed.ok) return;
  const v = valuesOf(ctx, SNAPSHOTS);
  await forEachLimited(listed.value.filter((s) => s.SnapshotId), FAN_OUT, async (s) => {
    const id = s.SnapshotId!;
    const attr = await ctx.call(SNAPSHOT_ATTR, () => ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' })), { resourceId: id });
    ctx.emit(ec2Resource(ctx, 'aws.ec2.snapshot', ec2Uid(ctx, 'snapshot', id), id, s.Tags, SNAPSHOTS, {
      encrypted: v(s.Encrypted === true),
      createVolumePermissions: fromCall(ctx, SNAPSHOT_ATTR, attr, (o) => (o.CreateVolumePermissions ?? []).flatMap((p) => (p.Group === 'all' ? ['all'] : p.UserId ? [p.UserId] : []))),
    }));
  });
}

function launchPermission(p: LaunchPermission): string[] {
  if (p.Group === 'all') return ['all'];
  const who = p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn;
  return who ? [who] : [];
}

export async function collectImages(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const listed = await ctx.paginate(IMAGES, async (token) => {
    const o = await ec2.send(new DescribeImagesCommand({ Owners: ['self'], NextToken: token, MaxResults: 1000 }));
    return { items: o.Images ?? [], next: o.NextToken };
  });
  if (!listed.ok) return;
  const v = valuesOf(ctx, IMAGES);
  await forEachLimited(listed.value.filter((i) => i.ImageId), FAN_OUT, async (i) => {
    const id = i.ImageId!;
    const attr = await ctx.call(IMAGE_ATTR, () => ec2.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })), { resourceId: id });
    ctx.emit(ec2Resource(ctx, 'aws.ec2.image', ec2Uid(ctx, 'image', id), i.Name ?? id, i.Tags, IMAGES, {
      public: v(i.Public === true),
      creationDate: v(i.CreationDate ?? null),
      deprecationTime: v(i.DeprecationTime ?? null),
      launchPermissions: fromCall(ctx, IMAGE_ATTR, attr, (o) => (o.LaunchPermissions ?? []).flatMap(launchPermission)),
    }));
  });
}

/** Emitted once per account and region, always: a failed call leaves the setting unknown, never "off". */
export async function collectEbsDefaults(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const GET = 'ec2:GetEbsEncryptionByDefault';
  const KEY = 'ec2:GetEbsDefaultKmsKeyId';
  const enc = await ctx.call(GET, () => ec2.send(new GetEbsEncryptionByDefaultCommand({})));
  const key = await ctx.call(KEY, () => ec2.send(new GetEbsDefaultKmsKeyIdCommand({})));
  const uid = ec2Uid(ctx, 'ebs-encryption-by-default', ctx.region);
  ctx.emit(ec2Resource(ctx, 'aws.ec2.ebs-default-encryption', uid, `ebs-encryption-by-default-${ctx.region}`, undefined, GET, {
    enabled: fromCall(ctx, GET, enc, (o) => o.EbsEncryptionByDefault === true),
    kmsKeyId: fromCall(ctx, KEY, key, (o) => o.KmsKeyId ?? null),
  }));
}

type TemplateData = { MetadataOptions?: { HttpTokens?: string }; NetworkInterfaces?: { AssociatePublicIpAddress?: boolean }[]; UserData?: string };

export async function collectLaunchTemplates(ctx: CollectorContext, ec2: EC2Client): Promise<void> {
  const listed = await ctx.paginate(LTS, async (token) => {
    const o = await ec2.send(new DescribeLaunchTemplatesCommand({ NextToken: token, MaxResults: 200 }));
    return { items: o.LaunchTemplates ?? [], next: o.NextToken };
  });
  if (!listed.ok) return;
  await forEachLimited(listed.value.filter((t) => t.LaunchTemplateId), FAN_OUT, async (t) => {
    const id = t.LaunchTemplateId!;
    const ver = await ctx.call(LT_VERSIONS, () => ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Latest'] })), { resourceId: id });
    const source = ctx.prov(LT_VERSIONS);
    const data: TemplateData | undefined = ver.ok ? (ver.value.LaunchTemplateVersions?.[0]?.LaunchTemplateData as TemplateData | undefined) ?? {} : undefined;
    const known = <T>(f: (d: TemplateData) => Value<T>): Value<T> => (ver.ok ? f(data!) : apiUnknown<T>(ver, source));
    ctx.emit(ec2Resource(ctx, 'aws.ec2.launch-template', ec2Uid(ctx, 'launch-template', id), t.LaunchTemplateName ?? id, t.Tags, LTS, {
      // Absent metadata options: instances launched from the template get the AMI's / account's default, `optional` unless changed.
      metadataHttpTokens: known((d) => (d.MetadataOptions?.HttpTokens ? apiValue(d.MetadataOptions.HttpTokens, source) : defaulted('optional', source, 'the template sets no metadata options: IMDSv1 stays enabled'))),
      associatePublicIp: known((d) => {
        const a = d.NetworkInterfaces?.find((n) => n.AssociatePublicIpAddress !== undefined)?.AssociatePublicIpAddress;
        return a === undefined ? defaulted(false, source, 'no network interface in the template asks for a public IP (the subnet setting decides)') : apiValue(a, source);
      }),
      userData: known((d) => apiValue(decodeUserData(d.UserData), source)),
    }));
  });
}
