/** Judgement of service last-accessed data, shared by the user and role rules. */
import { isKnown, type Value } from '../../model/core/index.js';
import type { ServiceLastAccess } from '../../model/aws/iam.js';
import { daysSince } from './aws-iam-credentials.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

/** Services listed by name in a finding message before "and N more". */
const SHOWN = 10;

/**
 * Fails when a granted service was not used in `limitDays` (or never, within IAM's tracking period);
 * undefined when the source has no last-accessed data at all (IaC, imports).
 */
export function judgeUnusedServices(data: Value<readonly ServiceLastAccess[]> | undefined, now: Date, limitDays: number): Outcome | undefined {
  if (data === undefined) return undefined;
  const ev = evidence('servicesLastAccessed', data);
  if (!isKnown(data)) return unknown(`service last-accessed data is unavailable: ${data.reason ?? 'unresolvable'}`, ev);
  if (data.value.length === 0) return pass('The principal is granted no services', ev);
  const idle = data.value.filter((s) => {
    const d = daysSince({ kind: 'explicit', value: s.lastAuthenticated, source: data.source }, now);
    return d === null || (d !== undefined && d > limitDays);
  });
  if (idle.length === 0) return pass(`Every one of the ${data.value.length} granted services was used in the last ${limitDays} days`, ev);
  const names = idle.map((s) => `${s.namespace} (${s.lastAuthenticated === null ? 'never' : `last ${s.lastAuthenticated.slice(0, 10)}`})`);
  const more = names.length > SHOWN ? ` and ${names.length - SHOWN} more` : '';
  return fail(`${idle.length} of ${data.value.length} granted services unused for more than ${limitDays} days: ${names.slice(0, SHOWN).join(', ')}${more}`, ev);
}
