/**
 * Every detection file `<id>.ts` has `<id>.examples.ts`: scenarios of raw log records, in the cloud's own
 * format, that must fire the detection and that must not. `src/integration/detection-examples.test.ts`
 * runs each scenario through the real log normalizer and the detection engine.
 */
export interface DetectionScenario {
  /** What the scenario shows, for failure messages. */
  readonly name: string;
  /** Raw records, oldest first (CloudTrail records, Azure Activity Log or GCP audit log entries). */
  readonly records: readonly unknown[];
  readonly context?: ExampleContext;
}

/** The parts of the detection context a scenario sets; the rest is empty. */
export interface ExampleContext {
  readonly badIps?: readonly string[];
  readonly knownAccounts?: readonly string[];
  readonly usedRegions?: readonly string[];
  /** IP -> location, standing in for the geolocation database. */
  readonly geo?: Readonly<Record<string, { latitude: number; longitude: number; country?: string }>>;
  /** principal -> kind -> values seen before. */
  readonly baseline?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface DetectionExamples {
  readonly fires: readonly DetectionScenario[];
  readonly quiet: readonly DetectionScenario[];
}

export function defineDetectionExamples(e: DetectionExamples): DetectionExamples {
  if (e.fires.length === 0 || e.quiet.length === 0) throw new TypeError('a detection needs at least one firing and one quiet scenario');
  return e;
}
