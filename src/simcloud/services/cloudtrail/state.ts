/**
 * The CloudTrail section of a region: the trails whose home region it is, as DescribeTrails returns them,
 * plus their logging status, event selectors and tags. Multi-region trails show up in the other regions as
 * "shadow" trails (DescribeTrails with includeShadowTrails), exactly as on AWS.
 */
import { regionalSection, type AccountState } from '../../world/state.js';
import { SimError, type CallContext } from '../../service.js';

export interface TrailState {
  Name: string;
  S3BucketName?: string;
  S3KeyPrefix?: string;
  SnsTopicARN?: string;
  IncludeGlobalServiceEvents?: boolean;
  IsMultiRegionTrail?: boolean;
  HomeRegion?: string;
  TrailARN?: string;
  LogFileValidationEnabled?: boolean;
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  KmsKeyId?: string;
  HasCustomEventSelectors?: boolean;
  HasInsightSelectors?: boolean;
  /** GetInsightSelectors (none: the API answers InsightNotEnabledException). */
  InsightSelectors?: { InsightType: string }[];
  IsOrganizationTrail?: boolean;
  /** GetTrailStatus. */
  IsLogging?: boolean;
  StartLoggingTime?: string | number;
  StopLoggingTime?: string | number;
  LatestDeliveryTime?: string | number;
  /** Defaults, for a logging trail with a log group, to the time of the status call (it is delivering). */
  LatestCloudWatchLogsDeliveryTime?: string | number;
  /** GetEventSelectors: basic or advanced selectors (a trail has one kind or the other). */
  EventSelectors?: { ReadWriteType?: string; IncludeManagementEvents?: boolean; DataResources?: { Type: string; Values: string[] }[]; ExcludeManagementEventSources?: string[] }[];
  AdvancedEventSelectors?: { Name?: string; FieldSelectors: { Field: string; Equals?: string[]; StartsWith?: string[]; EndsWith?: string[]; NotEquals?: string[]; NotStartsWith?: string[]; NotEndsWith?: string[] }[] }[];
  /** ListTags. */
  Tags?: { Key: string; Value?: string }[];
}

export interface CloudTrailSection {
  Trails: TrailState[];
}

/** Fills ARN, home region and the defaults CreateTrail applies. */
export function normalizeCloudTrail(section: Partial<CloudTrailSection>, accountId: string, region: string): CloudTrailSection {
  const s = section as CloudTrailSection;
  s.Trails ??= [];
  for (const t of s.Trails) {
    t.HomeRegion ??= region;
    t.TrailARN ??= `arn:aws:cloudtrail:${t.HomeRegion}:${accountId}:trail/${t.Name}`;
    t.IncludeGlobalServiceEvents ??= true;
    t.IsMultiRegionTrail ??= false;
    t.LogFileValidationEnabled ??= false;
    t.IsOrganizationTrail ??= false;
    t.IsLogging ??= true;
    if (t.EventSelectors === undefined && t.AdvancedEventSelectors === undefined) t.EventSelectors = [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }];
    t.HasCustomEventSelectors ??= (t.EventSelectors ?? []).some((e) => (e.DataResources ?? []).length > 0) || t.AdvancedEventSelectors !== undefined;
    t.HasInsightSelectors ??= (t.InsightSelectors ?? []).length > 0;
    t.Tags ??= [];
  }
  return s;
}

function sectionOf(account: AccountState, region: string): CloudTrailSection {
  return normalizeCloudTrail(regionalSection<Partial<CloudTrailSection>>(account, region, 'cloudtrail', () => ({})), account.id, region);
}

/** The account's trails homed in `region` (the section only exists where the world wrote one). */
function homedIn(account: AccountState, region: string): TrailState[] {
  return account.regions[region]?.['cloudtrail'] ? sectionOf(account, region).Trails : [];
}

/**
 * Organization trails of the management account, which member accounts of the organization also see
 * (read-only) in DescribeTrails, as on AWS.
 */
function organizationTrails(ctx: CallContext): TrailState[] {
  const mgmtId = ctx.world.organization?.managementAccountId;
  const mgmt = mgmtId !== undefined && mgmtId !== ctx.account.id ? ctx.world.accounts.get(mgmtId) : undefined;
  if (mgmt === undefined) return [];
  return Object.keys(mgmt.regions).flatMap((r) => homedIn(mgmt, r)).filter((t) => t.IsOrganizationTrail === true);
}

/**
 * Trails visible from the request's region: its own; with shadows, also the multi-region trails homed in
 * other regions and the organization's trails (for a member account).
 */
export function visibleTrails(ctx: CallContext, includeShadows: boolean): TrailState[] {
  const own = homedIn(ctx.account, ctx.region);
  if (!includeShadows) return own;
  const shadows = Object.keys(ctx.account.regions)
    .filter((r) => r !== ctx.region)
    .flatMap((r) => homedIn(ctx.account, r))
    .filter((t) => t.IsMultiRegionTrail === true);
  const org = organizationTrails(ctx).filter((t) => t.IsMultiRegionTrail === true || t.HomeRegion === ctx.region);
  return [...own, ...shadows, ...org];
}

/** Every trail an ARN may name from this account: its own in any region, and the organization's. */
function allTrails(ctx: CallContext): TrailState[] {
  return [...Object.keys(ctx.account.regions).flatMap((r) => homedIn(ctx.account, r)), ...organizationTrails(ctx)];
}

/**
 * Finds a trail by name (home-region trails only, as AWS resolves names) or by ARN (shadows too).
 * `homeOnly` is for writes, which AWS accepts only in the trail's home region.
 */
export function findTrail(ctx: CallContext, ref: string, homeOnly = false): TrailState {
  const isArn = ref.startsWith('arn:');
  // An ARN names one trail of the account wherever it lives; writes then insist on its home region.
  const trail = isArn ? allTrails(ctx).find((t) => t.TrailARN === ref) : sectionOf(ctx.account, ctx.region).Trails.find((t) => t.Name === ref);
  if (trail === undefined) {
    const arn = isArn ? ref : `arn:aws:cloudtrail:${ctx.region}:${ctx.account.id}:trail/${ref}`;
    throw new SimError('TrailNotFoundException', `Unknown trail: ${arn} for the user: ${ctx.account.id}`, 400);
  }
  if (homeOnly && !trail.TrailARN?.includes(`:${ctx.account.id}:`)) {
    throw new SimError('NotOrganizationMasterAccountException', `Account ${ctx.account.id} cannot modify trail ${trail.TrailARN ?? ref}: it belongs to the organization's management account.`, 400);
  }
  if (homeOnly && trail.HomeRegion !== ctx.region) {
    throw new SimError('InvalidHomeRegionException', `This operation must be called from the trail's home region ${trail.HomeRegion ?? ''}.`, 400);
  }
  return trail;
}
