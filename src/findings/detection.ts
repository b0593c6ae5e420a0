import type { Severity } from '../model/core/index.js';

/**
 * One fired threat detection, as reported and stored (the detection engine in src/detect makes them; the
 * store and outputs only read them, so the shape lives here, below both).
 */
export interface DetectionRecord {
  readonly detectionId: string;
  readonly title: string;
  readonly severity: Severity;
  /** Time of the event that fired it (ISO-8601). */
  readonly time: string;
  readonly firstTime: string;
  readonly principal: { readonly id: string; readonly name: string; readonly type: string };
  readonly sourceIp?: string;
  readonly account?: string;
  readonly region?: string;
  readonly message: string;
  readonly mitre: { readonly tactic: string; readonly technique: string; readonly techniqueName: string };
  /** The event ids that fired it, in time order (all of them up to a cap; `eventCount` has the total). */
  readonly events: readonly string[];
  readonly eventCount: number;
  /** Resources the events name (ARNs or ids), de-duplicated. */
  readonly resources: readonly string[];
  readonly provider: 'aws' | 'azure' | 'gcp';
  /** Correlation with the latest posture scan: whether the principal reaches an administrator, and its failing findings. */
  readonly posture?: { readonly scanId: string; readonly reachesAdmin?: string; readonly findings: readonly string[] };
}

/** What the first-seen detections learn: a principal seen with a value of a kind (`country`, `userAgent`). */
export interface BaselineObservation {
  readonly principal: string;
  readonly kind: string;
  readonly value: string;
  /** When it was seen (ISO-8601). */
  readonly time: string;
}

export interface BaselineEntry extends Omit<BaselineObservation, 'time'> {
  readonly firstSeen: string;
  readonly lastSeen: string;
}
