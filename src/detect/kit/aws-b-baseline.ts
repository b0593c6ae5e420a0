import type { AuditEvent } from '../../model/audit/event.js';
import type { GeoLookup } from './detection.js';
import { byAwsService } from './aws-b-params.js';
import { locateSource, successfulAccess } from './aws-b-geo.js';
import { isAwsInternalAgent, userAgentFamily } from './aws-b-user-agent.js';

/** Baseline kinds the first-seen detections read: the country of the source address, the user-agent family. */
export const BASELINE_COUNTRY = 'country';
export const BASELINE_USER_AGENT = 'userAgent';

export interface Observation {
  /** The principal as the baseline keys it (`actor.id`: the user or role ARN, not the session). */
  readonly principal: string;
  readonly kind: typeof BASELINE_COUNTRY | typeof BASELINE_USER_AGENT;
  readonly value: string;
}

/**
 * What an event teaches the baseline about its principal. The first-seen detections compare with exactly
 * these values, so whatever builds the stored baseline must record them with this function: only
 * successful calls by the principal itself (not AWS services on its behalf), the country the geolocation
 * database gives for a public source address, and the user-agent family (not the version).
 */
export function observationsOf(e: AuditEvent, geo: GeoLookup | undefined): Observation[] {
  if (!successfulAccess(e) || byAwsService(e)) return [];
  const out: Observation[] = [];
  const country = locateSource(e, geo)?.point.country;
  if (country) out.push({ principal: e.actor.id, kind: BASELINE_COUNTRY, value: country });
  if (e.userAgent && !isAwsInternalAgent(e.userAgent)) out.push({ principal: e.actor.id, kind: BASELINE_USER_AGENT, value: userAgentFamily(e.userAgent) });
  return out;
}
