/**
 * Runs one collector through the real `CollectorContext` (real SDK clients, real retry and error handling)
 * against an endpoint, for collector tests against simcloud. No mocks: the only difference from a scan is
 * that the endpoint and static keys are passed explicitly, which is ordinary SDK configuration.
 */
import type { Resource } from '../../../model/core/index.js';
import type { CollectorDefinition, CoverageGap } from './collector.js';
import { ClientPool, newCounters, type KeyCredentials, type ScanCounters } from './clients.js';
import { LiveCollectorContext } from './context.js';

/** Where and as whom `runCollectorForTest` runs the collector. */
export interface CollectorTestOptions {
  /** e.g. `http://127.0.0.1:4566` from `startSimcloud`. */
  readonly endpoint: string;
  readonly credentials: KeyCredentials;
  readonly account: string;
  /** The region to cover (the home region for a global collector). */
  readonly region: string;
  readonly now?: Date;
  /** SDK attempts per call (default 3: enough to see retries work, few enough to keep failing tests fast). */
  readonly maxAttempts?: number;
}

/** What one collector run produced. */
export interface CollectorTestResult {
  readonly resources: Resource[];
  readonly gaps: CoverageGap[];
  /** Every logical call in order (each page of a paginated call counts once). */
  readonly calls: string[];
  readonly counters: ScanCounters;
}

/** Runs `collector` once for `account`/`region`; a collector that throws fails the test (it is a programmer error). */
export async function runCollectorForTest(collector: CollectorDefinition, options: CollectorTestOptions): Promise<CollectorTestResult> {
  const resources: Resource[] = [];
  const gaps: CoverageGap[] = [];
  const calls: string[] = [];
  const counters = newCounters();
  const pool = new ClientPool(counters);
  const ctx = new LiveCollectorContext({
    account: options.account,
    region: options.region,
    scope: collector.scope,
    service: collector.id,
    pool,
    settings: { credentials: options.credentials, endpoint: options.endpoint, maxAttempts: options.maxAttempts ?? 3 },
    counters,
    now: options.now ?? new Date(),
    onResource: (r) => resources.push(r),
    onGap: (g) => gaps.push(g),
    onCall: (c) => calls.push(c),
  });
  try {
    await collector.collect(ctx);
  } finally {
    pool.close();
  }
  return { resources, gaps, calls, counters };
}
