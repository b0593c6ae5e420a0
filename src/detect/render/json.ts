import type { DetectionResult } from '../engine.js';

/** Everything one `detect` run reports: what was read, what failed to read, what fired. */
export interface DetectionReport {
  readonly provider: DetectionResult['provider'];
  readonly startedAt: string;
  readonly inputs: readonly string[];
  readonly events: number;
  readonly detectionsRun: number;
  readonly errors: readonly { readonly file: string; readonly record?: number; readonly message: string }[];
  readonly detections: readonly DetectionResult[];
}

const RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 } as const;

/** Most severe first, then by time. */
export function sortDetections(list: readonly DetectionResult[]): DetectionResult[] {
  return [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.time.localeCompare(b.time) || a.detectionId.localeCompare(b.detectionId));
}

/** `{ detections: [...] }` with the run's summary beside it; the shape is documented in docs/detect.md. */
export function renderDetectionsJson(r: DetectionReport): string {
  const bySeverity: Record<string, number> = {};
  for (const d of r.detections) bySeverity[d.severity] = (bySeverity[d.severity] ?? 0) + 1;
  return `${JSON.stringify(
    {
      schema: 'cloudwarden.detections/v1',
      provider: r.provider,
      startedAt: r.startedAt,
      inputs: r.inputs,
      summary: { events: r.events, detectionsRun: r.detectionsRun, fired: r.detections.length, bySeverity, inputErrors: r.errors.length },
      errors: r.errors,
      detections: sortDetections(r.detections),
    },
    null,
    2,
  )}\n`;
}
