import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection, type DetectContext, type DetectorState, type GeoPoint } from '../../kit/detection.js';
import { distanceKm, locateSource, successfulAccess } from '../../kit/aws-b-geo.js';

/** Faster than an airliner, door to door. */
export const MAX_SPEED_KMH = 900;
/** Below this, two locations are the same metro area or geolocation noise. */
export const MIN_DISTANCE_KM = 100;
/**
 * No two places on Earth are more than ~20,040 km apart, which takes 22.3 h at MAX_SPEED_KMH: a location
 * older than this can never make travel impossible, so it is forgotten (bounded memory on long inputs).
 */
const FORGET_AFTER_MS = 23 * 3_600_000;

interface LastSeen {
  readonly ip: string;
  readonly point: GeoPoint;
  readonly event: AuditEvent;
  /** Address pairs already reported for this identity (each pair once). */
  readonly reported: Set<string>;
}

/**
 * The identity a person holds: for role sessions the session ARN (SSO and SAML put the user in the
 * session name), since one role is used by many people and workloads in many places; else the principal.
 */
function travellerOf(e: AuditEvent): string {
  return (e.actor.type === 'AssumedRole' || e.actor.type === 'FederatedUser') && e.actor.arn ? e.actor.arn : e.actor.id;
}

export function impossibleTravelState(ctx: DetectContext): DetectorState {
  const last = new Map<string, LastSeen>();
  let sweptAt = -Infinity;
  return {
    push(e) {
      if (!ctx.geo || !successfulAccess(e)) return [];
      if (e.time - sweptAt > 3_600_000) {
        sweptAt = e.time;
        for (const [k, v] of last) if (e.time - v.event.time > FORGET_AFTER_MS) last.delete(k);
      }
      const here = locateSource(e, ctx.geo);
      if (!here) return [];
      const who = travellerOf(e);
      const prev = last.get(who);
      const reported = prev?.reported ?? new Set<string>();
      last.set(who, { ip: here.ip, point: here.point, event: e, reported });
      if (!prev || prev.ip === here.ip) return [];
      const km = distanceKm(prev.point, here.point);
      if (km < MIN_DISTANCE_KM) return [];
      const hours = Math.abs(e.time - prev.event.time) / 3_600_000;
      if (km <= MAX_SPEED_KMH * hours) return [];
      const pair = [prev.ip, here.ip].sort().join('|');
      if (reported.has(pair)) return [];
      reported.add(pair);
      const place = (ip: string, p: GeoPoint) => `${ip} (${[p.city, p.country].filter(Boolean).join(', ') || `${p.latitude.toFixed(1)},${p.longitude.toFixed(1)}`})`;
      const minutes = Math.round(hours * 60);
      return [{ message: `${e.actor.name} was at ${place(prev.ip, prev.point)} and ${place(here.ip, here.point)} ${Math.round(km)} km apart within ${minutes} minute(s)`, events: [prev.event, e] }];
    },
    flush: () => [],
  };
}

export default defineDetection({
  id: 'aws-cloudtrail-impossible-travel',
  kind: 'stateful',
  title: 'Impossible travel between two sign-ins or calls',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: `Two successful console sign-ins or API calls by one identity from places farther apart than ${MAX_SPEED_KMH} km/h allows in the time between them: the credentials are used by someone else as well. The same address, distances under ${MIN_DISTANCE_KM} km, private addresses and AWS services calling on the principal's behalf are exempt. Needs a geolocation database; silent without one.`,
  falsePositives: 'VPNs and cloud proxies that exit in another country, and credentials shared by a team across sites. Role sessions are tracked per session, so a role used in many places does not count.',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html'],
  create: impossibleTravelState,
});
