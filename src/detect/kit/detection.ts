import type { AuditEvent } from '../../model/audit/event.js';
import type { Severity } from '../../model/core/index.js';
import type { GeoLookup } from '../../model/audit/geo.js';

export type { GeoLookup, GeoPoint } from '../../model/audit/geo.js';

/**
 * A threat detection over audit events. Four kinds, from the simplest to the most general:
 *  - `event`: one event is enough (root sign-in, StopLogging);
 *  - `threshold`: N matching events (or N distinct values) by one key within a window (brute force,
 *    AccessDenied bursts, bulk secret reads, SendCommand across many instances);
 *  - `sequence`: ordered steps by one key within a window (CreatePolicyVersion, then admin actions);
 *  - `stateful`: anything else, with its own state (impossible travel, first-seen behaviour).
 * Detections are pure apart from their own state: all context (bad IPs, geolocation, the baseline, the
 * organization's accounts) comes through `DetectContext`.
 */
export type DetectionDefinition = EventDetection | ThresholdDetection | SequenceDetection | StatefulDetection;

export interface DetectionMeta {
  /** `<provider>-<source>-<short-code>`, e.g. `aws-cloudtrail-stop-logging`; equal to the file name. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly provider: 'aws' | 'azure' | 'gcp';
  readonly mitre: { readonly tactic: string; readonly technique: string; readonly techniqueName: string };
  readonly description: string;
  /** When it fires on legitimate activity, and how to tell. */
  readonly falsePositives: string;
  readonly references: readonly string[];
  /**
   * The services whose events can fire it (the normalized `service`: `iam`, `kms`). The engine hands the
   * detection only those events; absent = every event. Declare it when the detection's first test is the
   * service (most are): with 165 detections, routing by service is most of the engine's speed.
   */
  readonly services?: readonly string[];
  /**
   * The actions (event names) that can fire it, in any of its `services`; absent = any action. The engine
   * hands the detection only those events, so declare it only when every path to a signal starts with one
   * of them (a gate like `callEvenViaService(e, 'iam', ['CreateRole'])`); a shared test swaps the action of every firing
   * example for every other known action and fails when one fires outside the list.
   */
  readonly actions?: readonly string[];
}

export interface EventDetection extends DetectionMeta {
  readonly kind: 'event';
  /** A message when the event is suspicious, else undefined. */
  match(e: AuditEvent, ctx: DetectContext): string | undefined;
  /**
   * Folds repeats into one detection: matches with the same key within `windowMs` of the first become one
   * alert citing all their events (e.g. every call from a hostile IP by one principal in an hour), reported
   * when the window has passed or the input ends. Without it, each matching event is its own alert.
   */
  readonly fold?: { key(e: AuditEvent): string; readonly windowMs: number };
}

export interface ThresholdDetection extends DetectionMeta {
  readonly kind: 'threshold';
  /** The events that count. */
  filter(e: AuditEvent, ctx: DetectContext): boolean;
  /** Groups the counted events (usually the principal, or the source IP); undefined = not counted. */
  groupBy(e: AuditEvent): string | undefined;
  /**
   * Count distinct values of this (e.g. instance ids) instead of events; the alert then cites, per value,
   * the latest event that carried it.
   */
  distinct?(e: AuditEvent): string | readonly string[] | undefined;
  readonly threshold: number;
  readonly windowMs: number;
  message(group: string, count: number): string;
}

export interface SequenceDetection extends DetectionMeta {
  readonly kind: 'sequence';
  /** Step predicates in order; the detection fires when the last step follows the others. */
  readonly steps: readonly ((e: AuditEvent, ctx: DetectContext) => boolean)[];
  groupBy(e: AuditEvent): string | undefined;
  readonly windowMs: number;
  message(group: string, events: readonly AuditEvent[]): string;
}

export interface StatefulDetection extends DetectionMeta {
  readonly kind: 'stateful';
  create(ctx: DetectContext): DetectorState;
}

/** One detector's state over a stream of events (time-ordered within a file; nearly so across files). */
export interface DetectorState {
  push(e: AuditEvent): readonly Signal[];
  /** End of input: anything held back. */
  flush(): readonly Signal[];
}

/** What a detector reports: the events that fired it and a message; the engine adds the metadata. */
export interface Signal {
  readonly message: string;
  readonly events: readonly AuditEvent[];
  /** Raised or lowered from the detection's own severity (e.g. a correlation with the identity graph). */
  readonly severity?: Severity;
}

/** Context every detection may read. */
export interface DetectContext {
  /** Source IPs or CIDR ranges the user lists as hostile (bad IPs, Tor exits). */
  readonly badIps: IpMatcher;
  /** Account ids of the user's organization; another account is "external". Empty when unknown. */
  readonly knownAccounts: ReadonlySet<string>;
  /** Regions the user expects activity in; empty = no expectation (the region detection stays quiet). */
  readonly usedRegions: ReadonlySet<string>;
  /** Offline geolocation, when a database is available. */
  readonly geo?: GeoLookup;
  /** Behaviour seen before this run (first-seen detections); absent = no baseline yet. */
  readonly baseline?: Baseline;
}

export interface IpMatcher {
  has(ip: string): boolean;
}


/** Per principal, what was seen before: countries, ASNs or user agents, as `kind -> values`. */
export interface Baseline {
  seen(principal: string, kind: string, value: string): boolean;
  /** Whether the baseline knows the principal at all (a new principal is not "first seen" everywhere). */
  knows(principal: string): boolean;
}

export function defineDetection<T extends DetectionDefinition>(d: T): T {
  if (!/^(aws|azure|gcp)-[a-z0-9]+(-[a-z0-9]+)+$/.test(d.id)) throw new TypeError(`detection id "${d.id}" is not <provider>-<source>-<short-code> in kebab case`);
  if (!d.id.startsWith(`${d.provider}-`)) throw new TypeError(`detection id "${d.id}" must start with "${d.provider}-"`);
  if (!/^T\d{4}(\.\d{3})?$/.test(d.mitre.technique)) throw new TypeError(`detection ${d.id}: MITRE technique "${d.mitre.technique}" is not Txxxx or Txxxx.yyy`);
  return d;
}
