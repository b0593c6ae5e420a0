/**
 * Helpers for the API Gateway rules: per-stage verdicts (one outcome per deployed stage, so a finding names
 * the stage) and the question of whether an API is reachable from the internet at all.
 */
import { isKnown, type Value } from '../../model/core/index.js';
import type { ApiStageSummary } from '../../model/aws/api.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

/** Judges every stage with `ok`; no stages = nothing deployed = the rule does not apply. */
export function judgeStages(stages: Value<readonly ApiStageSummary[]>, ok: (s: ApiStageSummary) => boolean, messages: { fail: (s: ApiStageSummary) => string; pass: string }): Outcome[] | undefined {
  if (!isKnown(stages)) return [unknown(`the stages could not be determined: ${stages.reason ?? 'unresolvable'}`, evidence('stages', stages))];
  if (stages.value.length === 0) return undefined;
  const bad = stages.value.filter((s) => !ok(s));
  if (bad.length === 0) return [pass(messages.pass, evidence('stages', stages))];
  return bad.map((s) => at(fail(messages.fail(s), evidence(`stages[${s.name}]`, { ...stages, value: s })), `stage:${s.name}`));
}

/** Tri-state: is a REST API's endpoint reachable from the internet (EDGE or REGIONAL rather than PRIVATE)? */
export function restApiIsPublic(endpointType: Value<string>): boolean | undefined {
  return isKnown(endpointType) ? endpointType.value.toUpperCase() !== 'PRIVATE' : undefined;
}
