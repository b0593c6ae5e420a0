/**
 * Terraform and CloudFormation examples of a GuardDuty protection plan, shared by the plan rules (one rule file per
 * plan, as the catalogue keeps them): the plan switched on and off as a detector feature, and what a detector that
 * does not name the plan means, which depends on whether GuardDuty turns the plan on for a new detector.
 */
import type { SourceExamples } from './examples.js';

const DETECTOR = `resource "aws_guardduty_detector" "main" {
  enable = true
}
`;

const terraformFeature = (feature: string, status: string) => `${DETECTOR}
resource "aws_guardduty_detector_feature" "plan" {
  detector_id = aws_guardduty_detector.main.id
  name        = "${feature}"
  status      = ${status}
}`;

/** An `AWS::GuardDuty::Detector`, with `extra` property lines (six spaces in). */
export const guardDutyDetectorCfn = (extra: string) => `Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
${extra}
`;

const cfnFeature = (feature: string, status: string) => guardDutyDetectorCfn(`      Features:\n        - Name: ${feature}\n          Status: ${status}`);

/** The terraform `resource "aws_guardduty_detector" "main"` every example starts from. */
export const GUARDDUTY_DETECTOR_TF = DETECTOR;

export type GuardDutyPlanDefault =
  /** GuardDuty turns the plan on for a new detector; the legacy `datasources` switch is the other way to turn it off. */
  | { readonly onByDefault: true; readonly legacyOff: { readonly terraform: string; readonly cloudformation: string } }
  /** The plan is opt-in: a detector that does not name it leaves it off. */
  | { readonly onByDefault: false };

export function guardDutyPlanExamples(
  feature: string,
  plan: GuardDutyPlanDefault,
  moreGood: { readonly terraform?: readonly string[]; readonly cloudformation?: readonly string[] } = {},
): { terraform: SourceExamples; cloudformation: SourceExamples } {
  const bare = { terraform: DETECTOR, cloudformation: guardDutyDetectorCfn('') };
  return {
    terraform: {
      good: [...(plan.onByDefault ? [bare.terraform] : []), terraformFeature(feature, '"ENABLED"'), ...(moreGood.terraform ?? [])],
      bad: [terraformFeature(feature, '"DISABLED"'), plan.onByDefault ? plan.legacyOff.terraform : bare.terraform],
      unknown: [`variable "status" {}\n${terraformFeature(feature, 'var.status')}`],
    },
    cloudformation: {
      good: [...(plan.onByDefault ? [bare.cloudformation] : []), cfnFeature(feature, 'ENABLED'), ...(moreGood.cloudformation ?? [])],
      bad: [cfnFeature(feature, 'DISABLED'), plan.onByDefault ? plan.legacyOff.cloudformation : bare.cloudformation],
    },
  };
}
