/** Shared judging of Systems Manager Patch Manager states (counts of missing patches, scan age). */
import { isKnown } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { evidence, fail, pass, unknown } from './outcome.js';
import type { Outcome } from './rule.js';

/** A patch scan older than this no longer says much about the instance (CIS and FSBP use 30 days too). */
export const PATCH_SCAN_MAX_AGE_DAYS = 30;

export function daysSince(iso: string, now: Date): number | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : (now.getTime() - t) / 86_400_000;
}

type CountField = 'criticalNonCompliantCount' | 'securityNonCompliantCount' | 'missingPatchCount';

/**
 * Fails when the latest patch state counts missing patches of a class. An instance with no patch state is not
 * judged here (undefined): the stale-scan rule reports it, and "no data" is not "no missing patches".
 */
export function judgePatchCount(mi: ModelResource<'aws.ssm.managed-instance'>, field: CountField, label: string): Outcome | undefined {
  const { patchStateReported: reported } = mi.properties;
  const count = mi.properties[field];
  const ev = [evidence(field, count), evidence('lastPatchOperationTime', mi.properties.lastPatchOperationTime)];
  if (!isKnown(reported)) return unknown(`whether Patch Manager reported on the instance could not be read: ${reported.reason ?? 'unresolvable'}`, evidence('patchStateReported', reported));
  if (!reported.value) return undefined;
  if (!isKnown(count) || count.value === null) return unknown(`the count of missing ${label} patches is not known${isKnown(count) ? '' : `: ${count.reason ?? 'unresolvable'}`}`, ...ev);
  return count.value > 0 ? fail(`${count.value} ${label} patch(es) are missing`, ...ev) : pass(`no ${label} patch is missing`, ...ev);
}
