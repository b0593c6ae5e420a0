/**
 * AWS Config in a region: the configuration recorder (one resource per account and region, `exists` false
 * when there is none, so rules judge the absence) and the Config rules with their compliance.
 * Service-linked recorders (`servicePrincipal` set) record for one AWS service only and are not the
 * account's recorder, so they are not emitted.
 */
import {
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRulesCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
} from '@aws-sdk/client-config-service';
import { defaulted, mapValue } from '../../../../model/core/index.js';
import type { ConfigRecorderProperties, ConfigRuleProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { fromCall, liveResource } from './monitoring/shared.js';

const LIST = 'config:DescribeConfigurationRecorders';
const STATUS = 'config:DescribeConfigurationRecorderStatus';

async function collectRecorders(ctx: CollectorContext, cfg: ConfigServiceClient): Promise<void> {
  const listed = await ctx.call(LIST, () => cfg.send(new DescribeConfigurationRecordersCommand({})));
  const src = ctx.prov(LIST);
  const base = `arn:aws:config:${ctx.region}:${ctx.account}:configuration-recorder`;
  if (!listed.ok) {
    const u = apiUnknown<never>(listed, src);
    const props: ConfigRecorderProperties = { exists: u, recording: u, allSupported: u, includeGlobalResourceTypes: u, lastStatus: u };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', `${base}/(unknown)`, 'configuration recorder', LIST, props));
    return;
  }
  const recorders = (listed.value.ConfigurationRecorders ?? []).filter((r) => r.servicePrincipal === undefined);
  if (recorders.length === 0) {
    const none = (reason: string) => defaulted(false, src, reason);
    const props: ConfigRecorderProperties = {
      exists: apiValue(false, src),
      recording: none('no configuration recorder in this region'),
      allSupported: none('no configuration recorder in this region'),
      includeGlobalResourceTypes: none('no configuration recorder in this region'),
      lastStatus: apiValue(null, src),
    };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', `${base}/(none)`, '(no recorder)', LIST, props));
    return;
  }
  const status = await ctx.call(STATUS, () => cfg.send(new DescribeConfigurationRecorderStatusCommand({})));
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
    };
    ctx.emit(liveResource(ctx, 'aws.config.recorder', r.arn ?? `${base}/${r.name}`, r.name, LIST, props));
  }
}

async function collectRules(ctx: CollectorContext, cfg: ConfigServiceClient): Promise<void> {
  const rules = await ctx.paginate('config:DescribeConfigRules', async (token) => {
    const o = await cfg.send(new DescribeConfigRulesCommand({ NextToken: token }));
    return { items: o.ConfigRules ?? [], next: o.NextToken };
  });
  if (!rules.ok || rules.value.length === 0) return;
  const compliance = await ctx.paginate('config:DescribeComplianceByConfigRule', async (token) => {
    const o = await cfg.send(new DescribeComplianceByConfigRuleCommand({ NextToken: token }));
    return { items: o.ComplianceByConfigRules ?? [], next: o.NextToken };
  });
  const src = ctx.prov('config:DescribeConfigRules');
  for (const rule of rules.value) {
    if (rule.ConfigRuleName === undefined) continue;
    const props: ConfigRuleProperties = {
      ruleName: apiValue(rule.ConfigRuleName, src),
      sourceIdentifier: apiValue(rule.Source?.SourceIdentifier ?? null, src),
      // A rule absent from the compliance answer has not been evaluated yet: INSUFFICIENT_DATA, as the console shows.
      compliance: fromCall(ctx, 'config:DescribeComplianceByConfigRule', compliance, (list) => list.find((c) => c.ConfigRuleName === rule.ConfigRuleName)?.Compliance?.ComplianceType ?? 'INSUFFICIENT_DATA'),
    };
    const uid = rule.ConfigRuleArn ?? `arn:aws:config:${ctx.region}:${ctx.account}:config-rule/${rule.ConfigRuleName}`;
    ctx.emit(liveResource(ctx, 'aws.config.rule', uid, rule.ConfigRuleName, 'config:DescribeConfigRules', props));
  }
}

export default defineCollector({
  id: 'config',
  scope: 'regional',
  apiCalls: [LIST, STATUS, 'config:DescribeConfigRules', 'config:DescribeComplianceByConfigRule'],
  permissions: [LIST, STATUS, 'config:DescribeConfigRules', 'config:DescribeComplianceByConfigRule'],
  emits: ['aws.config.recorder', 'aws.config.rule'],
  async collect(ctx) {
    const cfg = ctx.client(ConfigServiceClient);
    await Promise.all([collectRecorders(ctx, cfg), collectRules(ctx, cfg)]);
  },
});
