/** Instances, their attributes, launch template versions and regions. */
import type { Instance, LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { SimError, type CallContext, type OperationHandler } from '../../service.js';
import { LIMITS_1_1000, LIMITS_5_1000, one } from './describe.js';
import { applyFilters, bool, byIds, filters, int, str, strings, strip, type FilterFields } from './input.js';
import { page } from './page.js';
import { ec2Of, type WorldInstance } from './state.js';
import { toWire } from './wire.js';

const INSTANCE_FIELDS: FilterFields<WorldInstance> = {
  'instance-id': (i) => one(i.InstanceId),
  'vpc-id': (i) => one(i.VpcId),
  'subnet-id': (i) => one(i.SubnetId),
  'image-id': (i) => one(i.ImageId),
  'instance-type': (i) => one(i.InstanceType),
  'instance-state-name': (i) => one(i.State?.Name),
  'instance.group-id': (i) => (i.SecurityGroups ?? []).map((g) => g.GroupId),
  'iam-instance-profile.arn': (i) => one(i.IamInstanceProfile?.Arn),
  'ip-address': (i) => one(i.PublicIpAddress),
  'metadata-options.http-tokens': (i) => one(i.MetadataOptions?.HttpTokens),
};

/** DescribeInstances: one reservation per instance (the world keeps instances flat), paginated by instance. */
const describeInstances: OperationHandler = (input, ctx) => {
  const s = ec2Of(ctx.account, ctx.region);
  let items = byIds(s.Instances, strings(input, 'InstanceId', 'InstanceIds'), (i) => i.InstanceId, 'InvalidInstanceID.NotFound', 'instance');
  items = applyFilters(items, filters(input), INSTANCE_FIELDS);
  const p = page(items, str(input, 'NextToken'), int(input, 'MaxResults'), 'DescribeInstances', LIMITS_5_1000);
  const Reservations = p.items.map((i) => ({
    ReservationId: `r-${(i.InstanceId ?? '').replace(/^i-/, '')}`,
    OwnerId: ctx.account.id,
    Groups: [],
    Instances: [strip(i, 'UserData') as Instance],
  }));
  return toWire('DescribeInstancesResult', { Reservations, NextToken: p.nextToken });
};

function instance(ctx: CallContext, id: string | undefined): WorldInstance {
  const i = ec2Of(ctx.account, ctx.region).Instances.find((x) => x.InstanceId === id);
  if (!i) throw new SimError('InvalidInstanceID.NotFound', `The instance ID '${id ?? ''}' does not exist`);
  return i;
}

/** DescribeInstanceAttribute for the attributes a posture scan reads. */
const describeInstanceAttribute: OperationHandler = (input, ctx) => {
  const i = instance(ctx, str(input, 'InstanceId'));
  const attr = str(input, 'Attribute');
  const out: Record<string, unknown> = { InstanceId: i.InstanceId };
  switch (attr) {
    case 'userData': out.UserData = i.UserData === undefined ? {} : { Value: i.UserData }; break;
    case 'instanceType': out.InstanceType = { Value: i.InstanceType }; break;
    case 'ebsOptimized': out.EbsOptimized = { Value: i.EbsOptimized ?? false }; break;
    case 'rootDeviceName': out.RootDeviceName = { Value: i.RootDeviceName }; break;
    case 'groupSet': out.Groups = i.SecurityGroups ?? []; break;
    case 'blockDeviceMapping': out.BlockDeviceMappings = i.BlockDeviceMappings ?? []; break;
    case 'disableApiTermination': out.DisableApiTermination = { Value: false }; break;
    default: throw new SimError('InvalidParameterValue', `Value (${attr ?? ''}) for parameter attribute is invalid. Unknown attribute.`);
  }
  return toWire('InstanceAttribute', out);
};

/** DescribeLaunchTemplateVersions: the world keeps the latest version's data; `$Latest`/`$Default` and its number resolve to it. */
const describeLaunchTemplateVersions: OperationHandler = (input, ctx) => {
  const s = ec2Of(ctx.account, ctx.region);
  const id = str(input, 'LaunchTemplateId');
  const name = str(input, 'LaunchTemplateName');
  const templates = id || name ? s.LaunchTemplates.filter((t) => (id ? t.LaunchTemplateId === id : t.LaunchTemplateName === name)) : s.LaunchTemplates;
  if ((id || name) && templates.length === 0) {
    throw new SimError('InvalidLaunchTemplateId.NotFound', `The specified launch template, with template ${id ? `ID ${id}` : `name ${name ?? ''}`}, does not exist.`);
  }
  const wanted = strings(input, 'LaunchTemplateVersion', 'Versions');
  const versions: LaunchTemplateVersion[] = [];
  for (const t of templates) {
    const n = t.LatestVersionNumber ?? 1;
    const hit = wanted.length === 0 || wanted.some((w) => w === '$Latest' || w === '$Default' || w === String(n));
    if (!hit) continue;
    versions.push({
      LaunchTemplateId: t.LaunchTemplateId, LaunchTemplateName: t.LaunchTemplateName, VersionNumber: n,
      CreateTime: t.CreateTime, CreatedBy: t.CreatedBy, DefaultVersion: (t.DefaultVersionNumber ?? n) === n,
      LaunchTemplateData: (t.LaunchTemplateData ?? {}) as LaunchTemplateVersion['LaunchTemplateData'],
    });
  }
  const p = page(versions, str(input, 'NextToken'), int(input, 'MaxResults'), 'DescribeLaunchTemplateVersions', LIMITS_1_1000);
  return toWire('DescribeLaunchTemplateVersionsResult', { LaunchTemplateVersions: p.items, NextToken: p.nextToken });
};

/**
 * DescribeRegions: without AllRegions, the regions enabled for the account; with it, every region with its
 * opt-in status (`opt-in-not-required`, `opted-in`, `not-opted-in`). This is how a scanner finds enabled regions.
 */
const describeRegions: OperationHandler = (input, ctx) => {
  const all = bool(input, 'AllRegions');
  const names = strings(input, 'RegionName', 'RegionNames');
  const { world, account } = ctx;
  let regions = world.allRegions.map((r) => {
    const optIn = world.optInRegions.includes(r);
    const enabled = !optIn || account.enabledRegions.includes(r);
    return { RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: optIn ? (enabled ? 'opted-in' : 'not-opted-in') : 'opt-in-not-required', enabled };
  });
  if (!all) regions = regions.filter((r) => r.enabled);
  if (names.length) regions = regions.filter((r) => names.includes(r.RegionName));
  const out = applyFilters(regions, filters(input), {
    'region-name': (r) => [r.RegionName], endpoint: (r) => [r.Endpoint], 'opt-in-status': (r) => [r.OptInStatus],
  }).map(({ enabled: _e, ...r }) => r);
  return toWire('DescribeRegionsResult', { Regions: out });
};

export const computeOperations: Record<string, OperationHandler> = {
  DescribeInstances: describeInstances,
  DescribeInstanceAttribute: describeInstanceAttribute,
  DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
  DescribeRegions: describeRegions,
};
