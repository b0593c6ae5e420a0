import type { Resource } from '../model/core/index.js';
import type { ScanReport } from '../findings/report.js';
import { openStore, resolveStorePath } from '../findings/store/index.js';

export interface StoreOptions {
  /** `--db PATH`; otherwise CLOUDWARDEN_DB, otherwise $CLOUDWARDEN_HOME/cloudwarden.db (~/.cloudwarden). */
  readonly db?: string;
  /** `--no-store` sets this false: nothing is recorded. */
  readonly store?: boolean;
}

/** Records the scan (resources, findings, errors) and returns the report under the store's scan id. */
export async function recordScan(report: ScanReport, resources: readonly Resource[], opts: StoreOptions): Promise<ScanReport> {
  if (opts.store === false) return report;
  const store = await openStore(resolveStorePath({ ...(opts.db ? { flag: opts.db } : {}), env: process.env }));
  try {
    const id = await store.beginScan({ startedAt: report.scan.startedAt, sources: report.scan.sources, kind: report.scan.kind, toolVersion: report.tool.version });
    await store.addResources(id, resources);
    await store.addFindings(id, report.findings);
    await store.addErrors(id, report.errors);
    await store.finishScan(id, report.summary, report.scan.finishedAt);
    return { ...report, scan: { ...report.scan, id } };
  } finally {
    await store.close();
  }
}
