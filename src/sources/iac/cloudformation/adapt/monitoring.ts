import type { CloudTrailTrailProperties, ConfigRecorderProperties, GuardDutyDetectorProperties, LogGroupProperties, SecurityHubProperties } from '../../../../model/aws/monitoring.js';
import { defaulted, explicit, unresolvable, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';

/** AWS::CloudTrail::Trail. */
export const cloudTrail: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const trailName = rd.str('TrailName', { unresolvable: 'CloudFormation generates the trail name at deploy' });
  const dataEvents = s3DataEvents(rd);
  const props: CloudTrailTrailProperties = {
    trailName,
    isMultiRegion: rd.bool('IsMultiRegionTrail', false),
    logFileValidation: rd.bool('EnableLogFileValidation', false),
    kmsKeyId: rd.ref('KMSKeyId', { value: null }),
    isLogging: rd.bool('IsLogging', false).kind === 'default' ? unresolvable('IsLogging is required', rd.block) : rd.bool('IsLogging', false),
    includeGlobalServiceEvents: rd.bool('IncludeGlobalServiceEvents', true),
    isOrganizationTrail: rd.bool('IsOrganizationTrail', false),
    s3BucketName: rd.ref('S3BucketName', { value: null }),
    cloudWatchLogsGroupArn: rd.ref('CloudWatchLogsLogGroupArn', { value: null }),
    s3DataEventsRead: dataEvents.read,
    s3DataEventsWrite: dataEvents.write,
    insightTypes: insightTypes(rd),
    cloudWatchLogsLastDelivery: unresolvable('delivery to CloudWatch Logs happens at run time', rd.block),
  };
  return envelope(ctx, r, 'aws.cloudtrail.trail', trailName, tagsOf(rd), props);
};

/** `InsightSelectors[].InsightType`; none means Insights is off. */
function insightTypes(rd: Reader): Value<readonly string[]> {
  const list = rd.at('InsightSelectors');
  if (list.state === 'absent') return defaulted([], rd.block, 'no InsightSelectors: CloudTrail Insights is off');
  if (list.state === 'unknown') return unresolvable(list.reason, rd.prov(list.node, 'InsightSelectors'));
  const types = list.node.t === 'list' ? list.node.items.map((i) => text(nodeAt(i, 'InsightType'))) : [];
  if (types.some((t) => t === undefined)) return unresolvable('an insight selector has no literal InsightType', rd.prov(list.node, 'InsightSelectors'));
  return explicit(types as string[], rd.prov(list.node, 'InsightSelectors'));
}

/** Whether (basic or advanced) event selectors log S3 object-level reads and writes. */
function s3DataEvents(rd: Reader): { read: Value<boolean>; write: Value<boolean> } {
  for (const path of ['EventSelectors', 'AdvancedEventSelectors']) {
    const l = rd.at(path);
    if (l.state === 'unknown') {
      const u = unresolvable<boolean>(l.reason, rd.prov(l.node, path));
      return { read: u, write: u };
    }
  }
  let read = false, write = false;
  let source = rd.block;
  const sel = nodeAt(rd.root, 'EventSelectors');
  for (const s of sel?.t === 'list' ? sel.items : []) {
    const resources = nodeAt(s, 'DataResources');
    const s3 = resources?.t === 'list' && resources.items.some((d) => text(nodeAt(d, 'Type')) === 'AWS::S3::Object');
    if (!s3) continue;
    const rw = text(nodeAt(s, 'ReadWriteType')) ?? 'All';
    read ||= rw === 'All' || rw === 'ReadOnly';
    write ||= rw === 'All' || rw === 'WriteOnly';
    source = rd.prov(s, 'EventSelectors');
  }
  const adv = nodeAt(rd.root, 'AdvancedEventSelectors');
  for (const s of adv?.t === 'list' ? adv.items : []) {
    const fields = nodeAt(s, 'FieldSelectors');
    const items = fields?.t === 'list' ? fields.items : [];
    const field = (name: string) => items.find((f) => text(nodeAt(f, 'Field')) === name);
    const equals = (f: CfnNode | undefined) => {
      const e = nodeAt(f, 'Equals');
      return e?.t === 'list' ? e.items.map(text) : [];
    };
    if (!equals(field('resources.type')).includes('AWS::S3::Object')) continue;
    const ro = equals(field('readOnly'));
    read ||= ro.length === 0 || ro.includes('true');
    write ||= ro.length === 0 || ro.includes('false');
    source = rd.prov(s, 'AdvancedEventSelectors');
  }
  const v = (b: boolean): Value<boolean> => (source === rd.block ? defaulted(b, source) : explicit(b, source));
  return { read: v(read), write: v(write) };
}

function text(n: CfnNode | undefined): string | undefined {
  return n?.t === 'scalar' && n.value !== null ? String(n.value) : undefined;
}

/** AWS::Config::ConfigurationRecorder. */
export const configRecorder: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('Name', { value: 'default' });
  const channel = ctx.ofType('AWS::Config::DeliveryChannel')[0];
  const props: ConfigRecorderProperties = {
    exists: explicit(true, rd.block),
    recording: defaulted(true, rd.block, 'CloudFormation starts the configuration recorder it creates'),
    allSupported: rd.has('RecordingGroup') ? rd.bool('RecordingGroup.AllSupported', false) : defaulted(true, rd.block, 'without a RecordingGroup the recorder records all supported types'),
    includeGlobalResourceTypes: rd.bool('RecordingGroup.IncludeGlobalResourceTypes', false),
    lastStatus: defaulted(null, rd.block, 'not deployed yet'),
    deliveryBucket: channel ? new Reader(ctx, channel).ref('S3BucketName', { unresolvable: 'S3BucketName is required' }) : defaulted(null, rd.block, 'no AWS::Config::DeliveryChannel in this template: the recorder has nowhere to deliver'),
    ruleCount: explicit(ctx.ofType('AWS::Config::ConfigRule').length, rd.block),
  };
  return envelope(ctx, r, 'aws.config.recorder', name, defaulted({}, rd.block), props);
};

/** The legacy `DataSources` switches and the protection plan each one is; absent ones default to on. */
const DETECTOR_DATASOURCES: readonly (readonly [feature: string, path: string])[] = [
  ['S3_DATA_EVENTS', 'DataSources.S3Logs.Enable'],
  ['EKS_AUDIT_LOGS', 'DataSources.Kubernetes.AuditLogs.Enable'],
  ['EBS_MALWARE_PROTECTION', 'DataSources.MalwareProtection.ScanEc2InstanceWithFindings.EbsVolumes'],
];

/** Protection plans from `DataSources` and `Features` (which wins when both name a plan). */
function detectorFeatures(rd: Reader): Value<Readonly<Record<string, string>>> {
  const out: Record<string, string> = {};
  for (const [feature, path] of DETECTOR_DATASOURCES) {
    const on = rd.bool(path, true, 'GuardDuty turns this protection plan on for a new detector');
    if (on.kind === 'unresolvable') return on as Value<never>;
    out[feature] = on.value ? 'ENABLED' : 'DISABLED';
  }
  const list = rd.at('Features');
  if (list.state === 'unknown') return unresolvable(list.reason, rd.block);
  for (const f of list.state === 'node' && list.node.t === 'list' ? list.node.items : []) {
    const [name, status] = [text(nodeAt(f, 'Name')), text(nodeAt(f, 'Status'))];
    if (name === undefined || status === undefined) return unresolvable('a detector feature has no literal Name or Status', rd.block);
    out[name] = status;
  }
  return rd.has('DataSources') || rd.has('Features')
    ? explicit(out, rd.block)
    : defaulted(out, rd.block, 'no DataSources or Features: GuardDuty turns on S3, EKS and malware protection for a new detector');
}

/** AWS::GuardDuty::Detector. */
export const guardDuty: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: GuardDutyDetectorProperties = {
    enabled: rd.has('Enable') ? rd.bool('Enable', false) : unresolvable('Enable is required', rd.block),
    findingPublishingFrequency: rd.str('FindingPublishingFrequency', { value: 'SIX_HOURS' }),
    features: detectorFeatures(rd),
    highSeverityFindings: defaulted([], rd.block, 'findings exist only once the detector runs'),
  };
  return envelope(ctx, r, 'aws.guardduty.detector', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::SecurityHub::Hub, with AWS::SecurityHub::Standard resources. */
export const securityHub: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const region = ctx.region ?? '${AWS::Region}';
  const defaults = [`arn:aws:securityhub:${region}::standards/aws-foundational-security-best-practices/v/1.0.0`, 'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0'];
  const enableDefaults = rd.bool('EnableDefaultStandards', true);
  const standards = ctx.ofType('AWS::SecurityHub::Standard').map((s) => new Reader(ctx, s).str('StandardsArn', { unresolvable: 'StandardsArn is required' }));
  const unknownStd = standards.find((s) => s.kind === 'unresolvable');
  const list = [...(enableDefaults.value === true ? defaults : []), ...standards.map((s) => s.value ?? '')];
  const props: SecurityHubProperties = {
    enabled: explicit(true, rd.block),
    enabledStandards:
      enableDefaults.kind === 'unresolvable'
        ? unresolvable(enableDefaults.reason ?? 'unknown', enableDefaults.source)
        : unknownStd
          ? unresolvable(unknownStd.reason ?? 'unknown', unknownStd.source)
          : standards.length > 0 || enableDefaults.kind === 'explicit'
            ? explicit(list, standards[0]?.source ?? enableDefaults.source)
            : defaulted(list, rd.block, 'Security Hub enables its default standards'),
  };
  return envelope(ctx, r, 'aws.securityhub.hub', explicit(r.logicalId), tagsOf(rd), props);
};

/** AWS::Logs::LogGroup. */
export const logGroup: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const name = rd.str('LogGroupName', { unresolvable: 'CloudFormation generates the log group name at deploy' });
  const props: LogGroupProperties = {
    retentionDays: rd.get<number | null>('RetentionInDays', (n) => (n.t === 'scalar' && Number.isFinite(Number(n.value)) ? { ok: true, value: Number(n.value) } : { ok: false, reason: 'expected a number' }), { value: null, reason: 'logs never expire' }),
    kmsKeyId: rd.ref('KmsKeyId', { value: null }),
  };
  return envelope(ctx, r, 'aws.logs.log-group', name, tagsOf(rd), props);
};

