import type { CheckStatus, Origin, Provider, Resource, Severity } from '../../model/core/index.js';
import type { InputError } from '../../shared/errors.js';
import type { Finding } from '../finding.js';
import type { BaselineEntry, BaselineObservation, DetectionRecord } from '../detection.js';
import type { ScanKind, ScanReport } from '../report.js';
import type { ScanSummary } from '../summary.js';

/** What is known when a scan starts. */
export interface ScanMeta {
  /** Chosen by the store when absent. Must be unique. */
  readonly id?: string;
  readonly kind: ScanKind;
  readonly sources: readonly string[];
  /** ISO timestamp; defaults to now. */
  readonly startedAt?: string;
  readonly toolVersion: string;
}

/** A scan as stored. `finishedAt` and `summary` are absent while it runs (or if it crashed). */
export interface ScanRecord {
  readonly id: string;
  readonly kind: ScanKind;
  readonly sources: readonly string[];
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly toolVersion: string;
  readonly summary?: ScanSummary;
}

/** A resource as stored: its identity and properties, as JSON (secrets redacted). */
export interface StoredResource {
  readonly uid: string;
  readonly type: string;
  readonly provider: Provider;
  readonly account?: string;
  readonly region?: string;
  readonly name: string;
  readonly origin: Origin;
  /** The resource's tags `Value`, as stored. */
  readonly tags: unknown;
  readonly properties: unknown;
}

type OneOrMany<T> = T | readonly T[];

/** Filters on findings; every field given must match. */
export interface FindingFilter {
  readonly status?: OneOrMany<CheckStatus>;
  readonly severity?: OneOrMany<Severity>;
  readonly ruleId?: OneOrMany<string>;
  readonly muted?: boolean;
  /** Only findings whose risk score is at least this (findings stored before risk scoring count as 0). */
  readonly minRisk?: number;
}

/** Filters on scans for `latestScan` and `listScans`. */
export interface ScanFilter {
  readonly kind?: ScanKind;
  /** Only scans whose sources include this one. */
  readonly source?: string;
  /** Include scans that never finished. Default false. */
  readonly includeUnfinished?: boolean;
}

/** One appearance of a finding fingerprint, for diffing scans and "first seen" dates. */
export interface FindingOccurrence {
  readonly scanId: string;
  readonly startedAt: string;
  readonly status: CheckStatus;
  readonly muted: boolean;
}

/**
 * The findings store: scans with their resources, findings and input errors. Async so that a
 * networked implementation (PostgreSQL) fits the same interface; `storeConformance` in
 * `conformance.ts` is the executable contract every implementation runs.
 *
 * Ordering: scans newest first (by start time, then insertion); findings, resources and errors in
 * the order they were added. Writes to an unknown scan id reject, and so do the per-scan reads
 * (`getFindings`, `getResources`, `getErrors`); `getScan` and `getReport` resolve to undefined.
 * Secrets: implementations store findings through `redactFinding` and resource properties through
 * `redactResourceProperties`, never the raw values.
 */
export interface FindingsStore {
  beginScan(meta: ScanMeta): Promise<string>;
  addResources(scanId: string, resources: readonly Resource[]): Promise<void>;
  addFindings(scanId: string, findings: readonly Finding[]): Promise<void>;
  addErrors(scanId: string, errors: readonly InputError[]): Promise<void>;
  finishScan(scanId: string, summary: ScanSummary, finishedAt?: string): Promise<void>;
  getScan(id: string): Promise<ScanRecord | undefined>;
  /** The newest finished scan matching the filter; without a `kind`, the newest posture scan (never a `detect` run). */
  latestScan(filter?: ScanFilter): Promise<ScanRecord | undefined>;
  /** Newest first; `limit` defaults to 50. Unlike `latestScan`, unfinished scans are listed unless `includeUnfinished: false`. */
  listScans(opts?: ScanFilter & { readonly limit?: number }): Promise<ScanRecord[]>;
  getFindings(scanId: string, filter?: FindingFilter): Promise<Finding[]>;
  getResources(scanId: string, filter?: { readonly type?: string }): Promise<StoredResource[]>;
  getErrors(scanId: string): Promise<InputError[]>;
  /** The scan as a report; undefined for an unknown id. An unfinished scan gets `finishedAt: ''` and a computed summary. */
  getReport(scanId: string): Promise<ScanReport | undefined>;
  /** Every scan in which the fingerprint appeared, oldest first. */
  findingHistory(fingerprint: string): Promise<FindingOccurrence[]>;
  /** Detections of a `detect` run, appended in batches like findings. */
  addDetections(scanId: string, detections: readonly DetectionRecord[]): Promise<void>;
  getDetections(scanId: string): Promise<DetectionRecord[]>;
  /** Adds to the first-seen baseline: a new (principal, kind, value) is inserted, a known one has its last sighting moved on. */
  observe(observations: readonly BaselineObservation[]): Promise<void>;
  /** The whole first-seen baseline. */
  baseline(): Promise<BaselineEntry[]>;
  close(): Promise<void>;
}
