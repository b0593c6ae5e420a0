import type { AuditEvent } from '../model/audit/event.js';
import type { BaselineObservation, DetectionRecord } from '../findings/detection.js';
import { summarize } from '../findings/summary.js';
import { openStore, resolveStorePath, type FindingsStore } from '../findings/store/index.js';
import type { Baseline, GeoLookup } from '../detect/kit/detection.js';
import { observationsOf } from '../detect/kit/aws-b-baseline.js';
import type { StoreOptions } from './store.js';
import type { Finding } from '../findings/finding.js';
import type { Resource } from '../model/core/index.js';
import { fromStored } from './stored-resources.js';

/**
 * A `detect` run as the store keeps it: a scan of kind `detect` holding the run's detections, and the
 * first-seen baseline, read before the run (what each principal did before) and extended after it with what
 * this run saw (so the next run compares with it). `--no-store` keeps nothing and runs without a baseline.
 */
export interface DetectionRecorder {
  readonly baseline?: Baseline;
  /** Learns from one event (AWS events: the country of its source and its user-agent family). */
  see(e: AuditEvent): void;
  finish(detections: readonly DetectionRecord[], inputs: readonly string[], startedAt: string, toolVersion: string): Promise<string | undefined>;
  /** The stored posture scan to correlate with (`id`, default the latest), as resources and findings; undefined when none. */
  postureScan(id?: string): Promise<{ readonly scanId: string; readonly resources: Resource[]; readonly findings: Finding[] } | undefined>;
}

/** Observations are kept per (principal, kind, value) with the latest time only, so memory follows the principals, not the events. */
export async function openDetectionRecorder(opts: StoreOptions, geo: GeoLookup | undefined): Promise<DetectionRecorder> {
  if (opts.store === false) return { see: () => undefined, finish: async () => undefined, postureScan: async () => undefined };
  const store: FindingsStore = await openStore(resolveStorePath({ ...(opts.db ? { flag: opts.db } : {}), env: process.env }));
  const known = new Map<string, Map<string, Set<string>>>();
  try {
    for (const b of await store.baseline()) {
      let kinds = known.get(b.principal);
      if (!kinds) known.set(b.principal, (kinds = new Map()));
      let values = kinds.get(b.kind);
      if (!values) kinds.set(b.kind, (values = new Set()));
      values.add(b.value);
    }
  } catch (e) {
    await store.close();
    throw e;
  }
  const seen = new Map<string, BaselineObservation>();
  return {
    ...(known.size > 0 ? { baseline: { knows: (p: string) => known.has(p), seen: (p: string, kind: string, value: string) => known.get(p)?.get(kind)?.has(value) ?? false } } : {}),
    see(e) {
      if (e.provider !== 'aws') return;
      for (const o of observationsOf(e, geo)) {
        const key = `${o.principal}\u0000${o.kind}\u0000${o.value}`;
        const time = new Date(e.time).toISOString();
        const prev = seen.get(key);
        if (!prev || prev.time < time) seen.set(key, { ...o, time });
      }
    },
    async postureScan(id) {
      const scan = id ? await store.getScan(id) : await store.latestScan();
      if (!scan || scan.kind === 'detect') return undefined;
      const resources = (await store.getResources(scan.id)).map(fromStored);
      return { scanId: scan.id, resources, findings: await store.getFindings(scan.id, { status: 'fail' }) };
    },
    async finish(detections, inputs, startedAt, toolVersion) {
      try {
        const id = await store.beginScan({ kind: 'detect', sources: inputs, startedAt, toolVersion });
        await store.addDetections(id, detections);
        await store.finishScan(id, summarize([]));
        await store.observe([...seen.values()]);
        return id;
      } finally {
        await store.close();
      }
    },
  };
}
