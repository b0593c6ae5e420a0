/** A place on Earth an IP address was located at (offline database), for travel and first-seen detections. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
  readonly city?: string;
}

export interface GeoLookup {
  locate(ip: string): GeoPoint | undefined;
}
