import type { Resource } from '../model/core/index.js';
import type { ScanKind, ScanReport } from '../findings/report.js';
import { openStore, resolveStorePath } from '../findings/store/index.js';
import type { FindingsStore } from '../findings/store/index.js';

export interface StoreOptions {
  /** `--db PATH`; otherwise CLOUDWARDEN_DB, otherwise $CLOUDWARDEN_HOME/cloudwarden.db (~/.cloudwarden). */
  readonly db?: string;
  /** `--no-store` sets this false: nothing is recorded. */
  readonly store?: boolean;
}

/**
 * One scan being recorded: opened when the scan starts so resources can be written in batches as they
 * arrive (live discovery), finished with the findings and summary. With `--no-store` every call is a no-op.
 */
export interface ScanRecorder {
  addResources(resources: readonly Resource[]): Promise<void>;
  /** Writes findings, errors and summary, closes the store, and returns the report under the store's scan id. */
  finish(report: ScanReport): Promise<ScanReport>;
  /** Closes the store without finishing the scan (it stays recorded as unfinished). */
  abort(): Promise<void>;
}

/** Opens the store (unless `--no-store`) and begins a scan. */
export async function openScanRecorder(meta: { startedAt: string; sources: readonly string[]; kind: ScanKind; toolVersion: string }, opts: StoreOptions): Promise<ScanRecorder> {
  if (opts.store === false) return { addResources: async () => undefined, finish: async (r) => r, abort: async () => undefined };
  const store: FindingsStore = await openStore(resolveStorePath({ ...(opts.db ? { flag: opts.db } : {}), env: process.env }));
  let id: string;
  try {
    id = await store.beginScan({ startedAt: meta.startedAt, sources: meta.sources, kind: meta.kind, toolVersion: meta.toolVersion });
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    addResources: (resources) => store.addResources(id, resources),
    async finish(report) {
      try {
        await store.addFindings(id, report.findings);
        await store.addErrors(id, report.errors);
        await store.finishScan(id, report.summary, report.scan.finishedAt);
        return { ...report, scan: { ...report.scan, id } };
      } finally {
        await store.close();
      }
    },
    abort: () => store.close(),
  };
}

/** Records a finished scan in one go (resources, findings, errors) and returns the report under the store's scan id. */
export async function recordScan(report: ScanReport, resources: readonly Resource[], opts: StoreOptions): Promise<ScanReport> {
  const rec = await openScanRecorder({ startedAt: report.scan.startedAt, sources: report.scan.sources, kind: report.scan.kind, toolVersion: report.tool.version }, opts);
  try {
    await rec.addResources(resources);
  } catch (e) {
    await rec.abort();
    throw e;
  }
  return rec.finish(report);
}
