/**
 * AWS Config (awsJson1_1, `StarlingDoveService`): recorders, their status, delivery channels, rules and rule
 * compliance. The regional `config` section holds the lists as the Describe* calls return them (recorder and
 * channel fields are camelCase in this API; rule fields PascalCase).
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { regionalSection } from '../world/state.js';
import { compact, epochSeconds, pageOf, strList, withTimes } from './monitoring/shared.js';

interface Named {
  name: string;
  [k: string]: unknown;
}

export interface ConfigSection {
  ConfigurationRecorders: Named[];
  ConfigurationRecordersStatus: Named[];
  DeliveryChannels: Named[];
  ConfigRules: { ConfigRuleName: string; ConfigRuleArn?: string; ConfigRuleId?: string; ConfigRuleState?: string; [k: string]: unknown }[];
  ComplianceByConfigRules: { ConfigRuleName: string; Compliance?: { ComplianceType?: string; ComplianceContributorCount?: { CappedCount?: number; CapExceeded?: boolean } } }[];
}

/** Fills ARNs, recorder defaults and a status entry for each recorder (stopped unless the world says otherwise). */
export function normalizeConfig(section: Partial<ConfigSection>, accountId: string, region: string): ConfigSection {
  const s = section as ConfigSection;
  s.ConfigurationRecorders ??= [];
  s.ConfigurationRecordersStatus ??= [];
  s.DeliveryChannels ??= [];
  s.ConfigRules ??= [];
  s.ComplianceByConfigRules ??= [];
  for (const r of s.ConfigurationRecorders) {
    r['arn'] ??= `arn:aws:config:${region}:${accountId}:configuration-recorder/${r.name}/${r.name}`;
    r['recordingGroup'] ??= { allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [] };
    if (!s.ConfigurationRecordersStatus.some((st) => st.name === r.name)) s.ConfigurationRecordersStatus.push({ name: r.name, recording: false, lastStatus: 'PENDING' });
  }
  s.ConfigRules.forEach((rule, i) => {
    rule.ConfigRuleId ??= `config-rule-${String(i).padStart(6, '0')}`;
    rule.ConfigRuleArn ??= `arn:aws:config:${region}:${accountId}:config-rule/${rule.ConfigRuleId}`;
    rule.ConfigRuleState ??= 'ACTIVE';
  });
  return s;
}

function sectionOf(ctx: CallContext): ConfigSection {
  return normalizeConfig(regionalSection<Partial<ConfigSection>>(ctx.account, ctx.region, 'config', () => ({})), ctx.account.id, ctx.region);
}

/** Filters by name as the Describe* calls do: an unknown name is an error, not an empty list. */
function byNames<T>(items: readonly T[], names: readonly string[], nameOf: (t: T) => string, notFound: string, what: string): T[] {
  if (names.length === 0) return [...items];
  const out = items.filter((i) => names.includes(nameOf(i)));
  const missing = names.find((n) => !items.some((i) => nameOf(i) === n));
  if (missing !== undefined) throw new SimError(notFound, `Cannot find ${what} with specified name '${missing}'.`, 400);
  return out;
}

export default defineService({
  signingName: 'config',
  protocol: 'awsJson1_1',
  targetPrefix: 'StarlingDoveService',
  operations: {
    DescribeConfigurationRecorders(input, ctx) {
      const list = byNames(sectionOf(ctx).ConfigurationRecorders, strList(input, 'ConfigurationRecorderNames'), (r) => r.name, 'NoSuchConfigurationRecorderException', 'configuration recorder');
      return { ConfigurationRecorders: list };
    },
    DescribeConfigurationRecorderStatus(input, ctx) {
      const list = byNames(sectionOf(ctx).ConfigurationRecordersStatus, strList(input, 'ConfigurationRecorderNames'), (r) => r.name, 'NoSuchConfigurationRecorderException', 'configuration recorder');
      return { ConfigurationRecordersStatus: list.map((st) => withTimes(st, ['lastStartTime', 'lastStopTime', 'lastStatusChangeTime'], epochSeconds)) };
    },
    DescribeDeliveryChannels(input, ctx) {
      const list = byNames(sectionOf(ctx).DeliveryChannels, strList(input, 'DeliveryChannelNames'), (c) => c.name, 'NoSuchDeliveryChannelException', 'delivery channel');
      return { DeliveryChannels: list };
    },
    DescribeConfigRules(input, ctx) {
      const list = byNames(sectionOf(ctx).ConfigRules, strList(input, 'ConfigRuleNames'), (r) => r.ConfigRuleName, 'NoSuchConfigRuleException', 'config rule');
      const page = pageOf(list, input['NextToken'], undefined, 25);
      return compact({ ConfigRules: page.items, NextToken: page.next });
    },
    DescribeComplianceByConfigRule(input, ctx) {
      const s = sectionOf(ctx);
      const rules = byNames(s.ConfigRules, strList(input, 'ConfigRuleNames'), (r) => r.ConfigRuleName, 'NoSuchConfigRuleException', 'config rule');
      const types = strList(input, 'ComplianceTypes');
      // A rule that has not been evaluated yet is INSUFFICIENT_DATA, as on AWS.
      const all = rules.map((r) => s.ComplianceByConfigRules.find((c) => c.ConfigRuleName === r.ConfigRuleName) ?? { ConfigRuleName: r.ConfigRuleName, Compliance: { ComplianceType: 'INSUFFICIENT_DATA' } });
      const filtered = types.length === 0 ? all : all.filter((c) => types.includes(c.Compliance?.ComplianceType ?? 'INSUFFICIENT_DATA'));
      const page = pageOf(filtered, input['NextToken'], undefined, 25);
      return compact({ ComplianceByConfigRules: page.items, NextToken: page.next });
    },
  },
});
