import { isKnown, type Value } from '../../model/core/index.js';
import type { AccessKey } from '../../model/aws/iam.js';
import { all, evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

const DAY_MS = 86_400_000;

/**
 * Whole days from an ISO timestamp to `now`: a number, `null` when the value is a known null (never
 * happened), or `undefined` when unresolvable or not a date (callers report unknown).
 */
export function daysSince(v: Value<string | null>, now: Date): number | null | undefined {
  if (!isKnown(v)) return undefined;
  if (v.value === null) return null;
  const t = Date.parse(v.value);
  return Number.isNaN(t) ? undefined : Math.floor((now.getTime() - t) / DAY_MS);
}

/** Unused-password check: fail past `limitDays` since last use; a never-used password is unknown (no creation date in the model). */
export function judgePasswordUse(lastUsed: Value<string | null>, now: Date, limitDays: number, createdAt?: Value<string | null>): Outcome {
  const ev = evidence('passwordLastUsed', lastUsed);
  const days = daysSince(lastUsed, now);
  if (days === null) {
    // Never used: judge the password by its age, when the creation date is known (credential report).
    const age = createdAt ? daysSince(createdAt, now) : undefined;
    const cev = createdAt ? evidence('passwordCreatedAt', createdAt) : ev;
    if (age === undefined || age === null) return unknown('the console password has never been used and its creation date is not known', ev, cev);
    return age > limitDays ? fail(`console password created ${age} days ago and never used`, ev, cev) : pass('', ev, cev);
  }
  if (days === undefined) return unknown(`password last use could not be determined: ${lastUsed.reason ?? 'not a date'}`, ev);
  return days > limitDays ? fail(`console password unused for ${days} days`, ev) : pass('', ev);
}

/** Unused-key check: fail past `limitDays` since last use, or since creation for a key never used. */
export function judgeKeyUse(k: AccessKey, i: number, now: Date, limitDays: number): Outcome {
  const ev = evidence(`accessKeys[${i}].lastUsedAt`, k.lastUsedAt);
  const used = daysSince(k.lastUsedAt, now);
  if (used === undefined) return unknown(`last use of access key #${i} could not be determined`, ev);
  if (used !== null) return used > limitDays ? fail(`active access key #${i} unused for ${used} days`, ev) : pass('', ev);
  const age = daysSince(k.createdAt, now);
  const cev = evidence(`accessKeys[${i}].createdAt`, k.createdAt);
  if (age === undefined || age === null) return unknown(`access key #${i} was never used and its creation date is unknown`, cev);
  return age > limitDays ? fail(`active access key #${i} created ${age} days ago and never used`, cev) : pass('', cev);
}

/**
 * The unused-key rules (45 and 90 days): each active key judged by `judgeKeyUse`; undefined when the user
 * has no active key (nothing to judge).
 */
export function judgeActiveKeys(keys: Value<readonly AccessKey[]>, now: Date, limitDays: number): Outcome | undefined {
  if (!isKnown(keys)) return unknown('access keys could not be listed', evidence('accessKeys', keys));
  const outs: Outcome[] = [];
  keys.value.forEach((k, i) => {
    if (!isKnown(k.status)) outs.push(unknown(`status of access key #${i} is unknown`, evidence(`accessKeys[${i}].status`, k.status)));
    else if (k.status.value === 'Active') outs.push(judgeKeyUse(k, i, now, limitDays));
  });
  return outs.length === 0 ? undefined : all(outs, `Every active access key was used in the last ${limitDays} days`);
}
