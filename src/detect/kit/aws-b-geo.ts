import type { AuditEvent } from '../../model/audit/event.js';
import { ipMatcher, parseIp } from './context.js';
import type { GeoLookup, GeoPoint } from './detection.js';
import { byAwsService } from './aws-b-params.js';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two points, in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Private, loopback, link-local and shared ranges: a VPC endpoint's caller, not a place on the map. */
const NOT_ON_THE_MAP = ipMatcher(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', '100.64.0.0/10', '0.0.0.0/8', 'fc00::/7', 'fe80::/10', '::1/128']);

/**
 * Where a principal's own call came from, when that is a public address a geolocation database can
 * place. AWS services calling for a principal log a host name (`cloudtrail.amazonaws.com`) or
 * `AWS Internal` instead of an address; those, and private addresses, have no location.
 */
export function publicSourceIp(e: AuditEvent): string | undefined {
  const ip = e.sourceIp;
  if (!ip || byAwsService(e) || !parseIp(ip) || NOT_ON_THE_MAP.has(ip)) return undefined;
  return ip;
}

/** The location of the event's public source address, when the database knows it. */
export function locateSource(e: AuditEvent, geo: GeoLookup | undefined): { ip: string; point: GeoPoint } | undefined {
  const ip = publicSourceIp(e);
  if (!ip || !geo) return undefined;
  const point = geo.locate(ip);
  return point ? { ip, point } : undefined;
}

/**
 * A successful sign-in or API call: the events that prove someone holding the credentials was where
 * the address says. A console sign-in reports failure in its response, not as an errorCode.
 */
export function successfulAccess(e: AuditEvent): boolean {
  if (e.errorCode !== undefined) return false;
  if (e.action === 'ConsoleLogin') return (e.response as { ConsoleLogin?: unknown } | undefined)?.ConsoleLogin === 'Success';
  return true;
}
