/**
 * Per-container judgement for ECS task definition rules: each container is judged on its own value, and the
 * task definition's outcome is fail when any container fails (one outcome per failing container, so each
 * finding points at its container), unknown when none fails but one is unknown, else pass.
 */
import { isKnown, type Value } from '../../model/core/index.js';
import type { EcsContainerDefinition, EcsTaskDefinition } from '../../model/aws/containers.js';
import { at, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

/** What one container's setting says: `true` is compliant, a string is the failure message. */
export type ContainerVerdict = true | string;

/**
 * Judges `read(container)` for every container. `sensitive` marks the evidence (environment values).
 * `passMessage` describes the compliant task definition.
 */
export function judgeContainers<T>(
  td: EcsTaskDefinition,
  path: string,
  read: (c: EcsContainerDefinition) => Value<T>,
  verdict: (value: T, c: EcsContainerDefinition) => ContainerVerdict,
  passMessage: string,
  sensitive = false,
): Outcome | Outcome[] {
  const list = td.properties.containers;
  if (!isKnown(list)) return unknown(`the container definitions could not be determined: ${list.reason ?? 'unresolvable'}`, evidence('containers', list));
  if (list.value.length === 0) return unknown('the task definition declares no containers that could be read', evidence('containers', list));
  const failed: Outcome[] = [];
  const unknowns: Outcome[] = [];
  const passed: Outcome[] = [];
  for (const c of list.value) {
    const v = read(c);
    const ev = evidence(`containers.${c.name}.${path}`, v as Value<unknown>, sensitive);
    if (!isKnown(v)) {
      unknowns.push(unknown(`container ${c.name}: ${path} could not be determined: ${v.reason ?? 'unresolvable'}`, ev));
      continue;
    }
    const r = verdict(v.value, c);
    if (r === true) passed.push(pass(passMessage, ev));
    else failed.push(at(fail(`container ${c.name}: ${r}`, ev), `container.${c.name}`, v.source));
  }
  if (failed.length > 0) return failed;
  if (unknowns.length > 0) return { status: 'unknown', message: unknowns.map((o) => o.message).join('; '), evidence: unknowns.flatMap((o) => o.evidence) };
  return pass(passMessage, ...passed.flatMap((o) => o.evidence));
}
