import { DETECTION_FILES } from './catalog.generated.js';
import type { DetectionDefinition } from './kit/detection.js';

/** Every detection of the catalogue, in file order. */
export function allDetections(): readonly DetectionDefinition[] {
  return DETECTION_FILES.map((f) => f.detection);
}

/** Detections of one provider, optionally narrowed to ids starting with any of `prefixes`. */
export function selectDetections(provider: DetectionDefinition['provider'], prefixes: readonly string[] = []): DetectionDefinition[] {
  return allDetections().filter((d) => d.provider === provider && (prefixes.length === 0 || prefixes.some((p) => d.id.startsWith(p))));
}
