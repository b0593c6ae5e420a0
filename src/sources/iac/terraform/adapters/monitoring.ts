import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, mapValue, unresolvable } from '../../../../model/core/index.js';
import type {
  CloudTrailTrailProperties,
  ConfigRecorderProperties,
  GuardDutyDetectorProperties,
  LogGroupProperties,
  SecurityHubProperties,
} from '../../../../model/aws/monitoring.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { KMS, KMS_LIT } from './data.js';
import { isUnresolved, type Scope } from './scope.js';


type Rw = { read: boolean; write: boolean };

/** S3 object-level logging from classic `event_selector` blocks. */
function classicS3Events(s: Scope): Value<Rw> {
  const sels = s.blocks('event_selector');
  if (isUnresolved(sels)) return sels;
  const rw: Rw = { read: false, write: false };
  for (const sel of sels) {
    const drs = sel.blocks('data_resource');
    if (isUnresolved(drs)) return drs;
    for (const dr of drs) {
      const type = dr.str('type');
      if (type.kind === 'unresolvable') return type as Value<never>;
      if (type.value !== 'AWS::S3::Object') continue;
      const mode = sel.str('read_write_type', 'All');
      if (mode.kind === 'unresolvable') return mode as Value<never>;
      if (mode.value === 'All' || mode.value === 'ReadOnly') rw.read = true;
      if (mode.value === 'All' || mode.value === 'WriteOnly') rw.write = true;
    }
  }
  return explicit(rw, s.blockProv());
}

/** S3 object-level logging from `advanced_event_selector` blocks (field `resources.type`, optional `readOnly`). */
function advancedS3Events(s: Scope): Value<Rw> {
  const sels = s.blocks('advanced_event_selector');
  if (isUnresolved(sels)) return sels;
  const rw: Rw = { read: false, write: false };
  for (const sel of sels) {
    const fields = sel.blocks('field_selector');
    if (isUnresolved(fields)) return fields;
    let s3 = false;
    let readOnly: string[] | undefined;
    for (const f of fields) {
      const field = f.str('field');
      const eq = f.strList('equals');
      if (field.kind === 'unresolvable' || eq.kind === 'unresolvable') return unresolvable('an advanced event selector is not known', f.blockProv());
      if (field.value === 'resources.type' && eq.value!.includes('AWS::S3::Object')) s3 = true;
      if (field.value === 'readOnly') readOnly = [...eq.value!];
    }
    if (!s3) continue;
    if (!readOnly || readOnly.includes('true')) rw.read = true;
    if (!readOnly || readOnly.includes('false')) rw.write = true;
  }
  return explicit(rw, s.blockProv());
}

/** The `insight_selector` blocks' types; none means Insights is off. */
function insightTypes(s: Scope): Value<readonly string[]> {
  const blocks = s.blocks('insight_selector');
  if (!Array.isArray(blocks)) return blocks;
  if (blocks.length === 0) return defaulted([], s.blockProv(), 'no insight_selector: CloudTrail Insights is off');
  const types: string[] = [];
  for (const b of blocks) {
    const t = b.str('insight_type');
    if (t.kind === 'unresolvable') return t as Value<never>;
    types.push(t.value as string);
  }
  return explicit(types, s.blockProv());
}

function adaptTrail(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const events = s.has('advanced_event_selector') ? advancedS3Events(s) : classicS3Events(s);
  const flag = (k: keyof Rw): Value<boolean> => {
    if (events.kind === 'unresolvable') return events as Value<never>;
    const on = events.value![k];
    return on ? explicit(true, events.source) : defaulted(false, s.blockProv(), 'no event selector logs S3 object-level events');
  };
  const props: CloudTrailTrailProperties = {
    trailName: s.str('name'),
    isMultiRegion: s.bool('is_multi_region_trail', false, 'trails are single-region unless set'),
    logFileValidation: s.bool('enable_log_file_validation', false, 'log file validation is off unless set'),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT, 'log files use SSE-S3 unless a KMS key is set'),
    isLogging: s.bool('enable_logging', true),
    includeGlobalServiceEvents: s.bool('include_global_service_events', true),
    isOrganizationTrail: s.bool('is_organization_trail', false),
    s3BucketName: s.refOrNull('s3_bucket_name', ['aws_s3_bucket'], ['bucket']),
    cloudWatchLogsGroupArn: s.refOrNull('cloud_watch_logs_group_arn', ['aws_cloudwatch_log_group'], ['name']),
    insightTypes: insightTypes(s),
    cloudWatchLogsLastDelivery: unresolvable('delivery to CloudWatch Logs happens at run time', s.blockProv()),
    s3DataEventsRead: flag('read'),
    s3DataEventsWrite: flag('write'),
  };
  return ctx.resource(inst, 'aws.cloudtrail.trail', props, props.trailName);
}

function adaptRecorder(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const status = ctx.joined(inst, ['aws_config_configuration_recorder_status'], 'name', ['name'])[0];
  // One delivery channel per region: the one declared beside the recorder is its channel.
  const channel = ctx.sameRoot(inst, 'aws_config_delivery_channel')[0];
  const props: ConfigRecorderProperties = {
    exists: explicit(true, s.blockProv()),
    recording: status
      ? ctx.scope(status).bool('is_enabled')
      : defaulted(false, s.blockProv(), 'no aws_config_configuration_recorder_status: a new recorder is stopped until started'),
    allSupported: s.bool('recording_group.all_supported', true),
    includeGlobalResourceTypes: s.bool('recording_group.include_global_resource_types', false),
    lastStatus: defaulted(null, s.blockProv(), 'not recorded yet'),
    deliveryBucket: channel
      ? ctx.scope(channel).refOrNull('s3_bucket_name', ['aws_s3_bucket'], ['bucket'])
      : defaulted(null, s.blockProv(), 'no aws_config_delivery_channel in this configuration: the recorder has nowhere to deliver'),
    ruleCount: explicit(ctx.sameRoot(inst, 'aws_config_config_rule').length, s.blockProv()),
  };
  return ctx.resource(inst, 'aws.config.recorder', props, s.str('name', 'default'));
}

/** The legacy `datasources` switches and the protection plan each one is; absent ones default to on. */
const DETECTOR_DATASOURCES: readonly (readonly [feature: string, path: string])[] = [
  ['S3_DATA_EVENTS', 'datasources.s3_logs.enable'],
  ['EKS_AUDIT_LOGS', 'datasources.kubernetes.audit_logs.enable'],
  ['EBS_MALWARE_PROTECTION', 'datasources.malware_protection.scan_ec2_instance_with_findings.ebs_volumes.enable'],
];

/** Protection plans from `datasources` and the `aws_guardduty_detector_feature` resources naming the detector. */
function detectorFeatures(ctx: AdaptContext, inst: TfResourceInstance): Value<Readonly<Record<string, string>>> {
  const s = ctx.scope(inst);
  const out: Record<string, string> = {};
  for (const [feature, path] of DETECTOR_DATASOURCES) {
    const on = s.bool(path, true, 'GuardDuty turns this protection plan on for a new detector');
    if (on.kind === 'unresolvable') return on as Value<never>;
    out[feature] = on.value ? 'ENABLED' : 'DISABLED';
  }
  const features = ctx.joined(inst, ['aws_guardduty_detector_feature'], 'detector_id', ['id']);
  for (const f of features) {
    const fs = ctx.scope(f);
    const [name, status] = [fs.str('name'), fs.str('status')];
    if (name.kind === 'unresolvable') return name as Value<never>;
    if (status.kind === 'unresolvable') return status as Value<never>;
    out[name.value as string] = status.value as string;
  }
  return s.has('datasources') || features.length > 0
    ? explicit(out, s.blockProv())
    : defaulted(out, s.blockProv(), 'no datasources or detector features: GuardDuty turns on S3, EKS and malware protection for a new detector');
}

function adaptDetector(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: GuardDutyDetectorProperties = {
    enabled: s.bool('enable', true),
    findingPublishingFrequency: s.str('finding_publishing_frequency', 'SIX_HOURS'),
    features: detectorFeatures(ctx, inst),
    highSeverityFindings: defaulted([], s.blockProv(), 'findings exist only once the detector runs'),
  };
  return ctx.resource(inst, 'aws.guardduty.detector', props);
}

function adaptHub(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  // A region-less ARN when the provider region is not known.
  const region = ctx.region(inst) ?? '';
  const standards: string[] = [];
  let unknown: Value<never> | undefined;
  const defaults = s.bool('enable_default_standards', true);
  if (defaults.kind === 'unresolvable') unknown = defaults as Value<never>;
  else if (defaults.value) {
    // What Security Hub enables when enable_default_standards is true.
    standards.push(
      `arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`,
      'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
    );
  }
  for (const sub of ctx.sameRoot(inst, 'aws_securityhub_standards_subscription')) {
    const v = ctx.scope(sub).str('standards_arn');
    if (v.kind === 'unresolvable') unknown ??= v as Value<never>;
    else standards.push(v.value as string);
  }
  const props: SecurityHubProperties = {
    enabled: explicit(true, s.blockProv()),
    enabledStandards:
      unknown ??
      (defaults.kind === 'default' && standards.length === 2
        ? defaulted(standards, s.blockProv(), 'enable_default_standards defaults to true')
        : explicit(standards, s.blockProv())),
  };
  return ctx.resource(inst, 'aws.securityhub.hub', props);
}

function adaptLogGroup(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: LogGroupProperties = {
    // 0 is how Terraform spells "never expire".
    retentionDays: mapValue(s.numOrNull('retention_in_days', 'events never expire unless a retention is set'), (d) => (d === 0 ? null : d)),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT),
  };
  return ctx.resource(inst, 'aws.logs.log-group', props, s.str('name'));
}

/** CloudTrail, AWS Config recorders (with their status), GuardDuty, Security Hub and log groups. */
export function adaptMonitoring(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_cloudtrail'], (i) => adaptTrail(ctx, i)),
    ...ctx.each(['aws_config_configuration_recorder'], (i) => adaptRecorder(ctx, i)),
    ...ctx.each(['aws_guardduty_detector'], (i) => adaptDetector(ctx, i)),
    ...ctx.each(['aws_securityhub_account'], (i) => adaptHub(ctx, i)),
    ...ctx.each(['aws_cloudwatch_log_group'], (i) => adaptLogGroup(ctx, i)),
  ];
}
