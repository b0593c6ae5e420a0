/**
 * AWS Config in a region: the configuration recorder (one resource per account and region, `exists` false
 * when there is none, so rules judge the absence, with its delivery channel and how many Config rules the region
 * has) and the Config rules with their compliance.
 * Service-linked recorders (`servicePrincipal` set) record for one AWS service only and are not the
 * account's recorder, so they are not emitted.
 */
import {
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRulesCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  type ConfigRule,
  type ConfigurationRecorder,
} from '@aws-sdk/client-config-service';
import { defaulted, mapValue } from '../../../../model/core/index.js';
import type { ConfigRecorderProperties, ConfigRuleProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { fromCall, liveResource } from './monitoring/shared.js';

const LIST = 'config:DescribeConfigurationRecorders';
const STATUS = 'config:DescribeConfigurationRecorderStatus';
const CHANNELS = 'config:DescribeDeliveryChannels';
const RULES = 'config:DescribeConfigRules';

async function collectRecorders(ctx: CollectorContext, cfg: ConfigServiceClient, rules: CallResult<ConfigRule[]>): Promise<void> {
  const listed = await ctx.call(LIST, () => cfg.send(new DescribeConfigurationRecordersCommand({})));
  const src = ctx.prov(LIST);
  const base = `arn:aws:config:${ctx.region}:${ctx.account}:configuration-recorder`;
  if (!listed.ok) {
    const u = apiUnknown<never>(listed, src);
    const props: ConfigRecorderProperties = { exists: u, recording: u, allSupported: u, includeGlobalResourceTypes: u, lastStatus: u, deliveryBucket: u, ruleCount: u };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', `${base}/(unknown)`, 'configuration recorder', LIST, props));
    return;
  }
  const recorders = (listed.value.ConfigurationRecorders ?? []).filter((r) => r.servicePrincipal === undefined);
  const ruleCount = fromCall(ctx, RULES, rules, (list) => list.length);
  if (recorders.length === 0) {
    const none = (reason: string) => defaulted(false, src, reason);
    const props: ConfigRecorderProperties = {
      exists: apiValue(false, src),
      recording: none('no configuration recorder in this region'),
      allSupported: none('no configuration recorder in this region'),
      includeGlobalResourceTypes: none('no configuration recorder in this region'),
      lastStatus: apiValue(null, src),
      deliveryBucket: apiValue(null, src),
      ruleCount,
    };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', `${base}/(none)`, '(no recorder)', LIST, props));
    return;
  }
  const status = await ctx.call(STATUS, () => cfg.send(new DescribeConfigurationRecorderStatusCommand({})));
  const channels = await ctx.call(CHANNELS, () => cfg.send(new DescribeDeliveryChannelsCommand({})));
  // A region has at most one delivery channel; every recorder of the region delivers through it.
  const deliveryBucket = fromCall(ctx, CHANNELS, channels, (o) => o.DeliveryChannels?.[0]?.s3BucketName ?? null);
  for (const r of recorders as (ConfigurationRecorder & { name: string })[]) {
    const st = fromCall(ctx, STATUS, status, (o) => (o.ConfigurationRecordersStatus ?? []).find((s) => s.name === r.name));
    const group = r.recordingGroup;
    const allSupported = group?.allSupported ?? (group?.recordingStrategy?.useOnly === undefined || group.recordingStrategy.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES');
    const props: ConfigRecorderProperties = {
      exists: apiValue(true, src),
      recording: mapValue(st, (s) => s?.recording === true),
      allSupported: apiValue(allSupported, src),
      includeGlobalResourceTypes: apiValue(group?.includeGlobalResourceTypes === true, src),
      lastStatus: mapValue(st, (s) => s?.lastStatus ?? null),
      deliveryBucket,
      ruleCount,
    };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', r.arn ?? `${base}/${r.name}`, r.name, LIST, props));
  }
}

function listRules(ctx: CollectorContext, cfg: ConfigServiceClient): Promise<CallResult<ConfigRule[]>> {
  return ctx.paginate(RULES, async (token) => {
    const o = await cfg.send(new DescribeConfigRulesCommand({ NextToken: token }));
    return { items: o.ConfigRules ?? [], next: o.NextToken };
  });
}

async function collectRules(ctx: CollectorContext, cfg: ConfigServiceClient, rules: CallResult<ConfigRule[]>): Promise<void> {
  if (!rules.ok || rules.value.length === 0) return;
  const compliance = await ctx.paginate('config:DescribeComplianceByConfigRule', async (token) => {
    const o = await cfg.send(new DescribeComplianceByConfigRuleCommand({ NextToken: token }));
    return { items: o.ComplianceByConfigRules ?? [], next: o.NextToken };
  });
  const src = ctx.prov(RULES);
  for (const rule of rules.value) {
    if (rule.ConfigRuleName === undefined) continue;
    const props: ConfigRuleProperties = {
      ruleName: apiValue(rule.ConfigRuleName, src),
      sourceIdentifier: apiValue(rule.Source?.SourceIdentifier ?? null, src),
      // A rule absent from the compliance answer has not been evaluated yet: INSUFFICIENT_DATA, as the console shows.
      compliance: fromCall(ctx, 'config:DescribeComplianceByConfigRule', compliance, (list) => list.find((c) => c.ConfigRuleName === rule.ConfigRuleName)?.Compliance?.ComplianceType ?? 'INSUFFICIENT_DATA'),
    };
    const uid = rule.ConfigRuleArn ?? `arn:aws:config:${ctx.region}:${ctx.account}:config-rule/${rule.ConfigRuleName}`;
    ctx.emit(liveResource(ctx, 'aws.config.rule', uid, rule.ConfigRuleName, RULES, props));
  }
}

export default defineCollector({
  id: 'config',
  scope: 'regional',
  apiCalls: [LIST, STATUS, CHANNELS, RULES, 'config:DescribeComplianceByConfigRule'],
  permissions: [LIST, STATUS, CHANNELS, RULES, 'config:DescribeComplianceByConfigRule'],
  emits: ['aws.config.recorder', 'aws.config.rule'],
  async collect(ctx) {
    const cfg = ctx.client(ConfigServiceClient);
    const rules = await listRules(ctx, cfg);
    await Promise.all([collectRecorders(ctx, cfg, rules), collectRules(ctx, cfg, rules)]);
  },
});
