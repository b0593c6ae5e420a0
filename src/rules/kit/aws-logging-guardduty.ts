/**
 * A factory for the GuardDuty protection-plan rules: each plan is its own rule file (own id, wording and
 * severity); whether the plan is on, and what a switched-off detector means, is decided here once.
 */
import { isKnown, type Severity } from '../../model/core/index.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import { defineRule, type RuleDefinition } from './rule.js';

export interface GuardDutyPlanSpec {
  readonly id: string;
  /** GuardDuty feature name (`S3_DATA_EVENTS`, ...). */
  readonly feature: string;
  /** The plan's name in the console (`S3 Protection`). */
  readonly plan: string;
  readonly severity: Severity;
  readonly description: string;
  readonly risk: string;
  readonly remediation: RuleDefinition['remediation'];
  readonly references: readonly string[];
}

export function guardDutyPlanRule(s: GuardDutyPlanSpec): RuleDefinition<'aws.guardduty.detector'> {
  return defineRule({
    id: s.id,
    title: `GuardDuty ${s.plan} is not enabled`,
    severity: s.severity,
    provider: 'aws',
    service: 'guardduty',
    resourceType: 'aws.guardduty.detector',
    description: s.description,
    risk: s.risk,
    remediation: s.remediation,
    references: s.references,
    evaluate(detector) {
      // A region without a running detector is aws-guardduty-detector-enabled's finding, not each plan's.
      const on = detector.properties.enabled;
      if (isKnown(on) && !on.value) return undefined;
      const features = detector.properties.features;
      const ev = evidence(`features.${s.feature}`, features);
      if (!isKnown(features)) return unknown(`the detector's protection plans could not be read: ${features.reason ?? 'unresolvable'}`, ev);
      const status = features.value[s.feature];
      if (status === 'ENABLED') return pass(`${s.plan} is enabled`, ev);
      return fail(status === undefined ? `${s.plan} (${s.feature}) is not configured on the detector` : `${s.plan} (${s.feature}) is ${status}`, ev);
    },
  });
}
