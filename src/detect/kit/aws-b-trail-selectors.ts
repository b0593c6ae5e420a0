import type { AuditEvent } from '../../model/audit/event.js';
import { asBool, asList, asString, asStrings, req } from './aws-b-params.js';

/**
 * What a PutEventSelectors call leaves a trail logging, read from its request. Basic selectors say it
 * with `includeManagementEvents`, `readWriteType` and `dataResources`; advanced selectors with field
 * selectors on `eventCategory` and `readOnly`. Undefined when the request carries neither (nothing to judge).
 */
export interface TrailCoverage {
  /** Write management events (the ones attackers make) are logged. */
  readonly managementWrites: boolean;
  /** Event sources excluded from management events (e.g. `kms.amazonaws.com`). */
  readonly excludedSources: readonly string[];
  /** Some data events (S3 objects, Lambda invocations, ...) are logged. */
  readonly dataEvents: boolean;
}

export function trailCoverage(e: AuditEvent): TrailCoverage | undefined {
  const basic = req(e, 'eventSelectors');
  const advanced = req(e, 'advancedEventSelectors');
  if (basic !== undefined && basic !== null) {
    const selectors = asList(basic).filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
    return {
      managementWrites: selectors.some((s) => asBool(s['includeManagementEvents']) !== false && ['All', 'WriteOnly', undefined].includes(asString(s['readWriteType']))),
      excludedSources: selectors.flatMap((s) => asStrings(s['excludeManagementEventSources'])),
      dataEvents: selectors.some((s) => asList(s['dataResources']).length > 0),
    };
  }
  if (advanced !== undefined && advanced !== null) {
    const selectors = asList(advanced).map((s) => fieldsOf(s));
    return {
      managementWrites: selectors.some((f) => f.get('eventCategory')?.includes('Management') && !f.get('readOnly')?.includes('true')),
      excludedSources: selectors.flatMap((f) => (f.get('eventCategory')?.includes('Management') ? (f.get('eventSource!') ?? []) : [])),
      dataEvents: selectors.some((f) => f.get('eventCategory')?.includes('Data') ?? false),
    };
  }
  return undefined;
}

/** Field selectors as `field -> equals values`; `NotEquals` is kept under `field!`. */
function fieldsOf(selector: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (typeof selector !== 'object' || selector === null) return out;
  for (const f of asList((selector as Record<string, unknown>)['fieldSelectors'])) {
    if (typeof f !== 'object' || f === null) continue;
    const r = f as Record<string, unknown>;
    const field = asString(r['field']);
    if (!field) continue;
    out.set(field, asStrings(r['equals']).map(String));
    const not = asStrings(r['notEquals']);
    if (not.length > 0) out.set(`${field}!`, not);
  }
  return out;
}
