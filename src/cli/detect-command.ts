import { readFileSync, writeFileSync } from 'node:fs';
import type { Severity } from '../model/core/index.js';
import { UsageError } from '../shared/errors.js';
import { runDetections, type DetectionResult } from '../detect/engine.js';
import { detectContext, ipMatcher } from '../detect/kit/context.js';
import { selectDetections } from '../detect/registry.js';
import { renderDetectionsJson, type DetectionReport } from '../detect/render/json.js';
import { renderDetectionsOcsf } from '../detect/render/ocsf.js';
import { renderDetectionsTable } from '../detect/render/table.js';
import { readAzureActivity } from '../sources/logs/azure/read.js';
import { readCloudTrailInputs } from '../sources/logs/cloudtrail/inputs.js';
import { readGcpAudit } from '../sources/logs/gcp/read.js';
import type { LogInputError, ReadOptions } from '../sources/logs/read-common.js';
import type { AuditEvent } from '../model/audit/event.js';
import { openGeo } from '../sources/logs/geo.js';
import { VERSION } from './package-info.js';
import { Progress } from './progress.js';
import { openDetectionRecorder } from './detect-store.js';
import type { StoreOptions } from './store.js';

export interface DetectCommandOptions extends StoreOptions {
  readonly format: 'table' | 'json' | 'ocsf';
  readonly outputFile?: string;
  readonly since?: string;
  readonly badIps?: string;
  /** A city mmdb file; false (`--no-geoip`) turns geolocation off; default: the bundled DB-IP database. */
  readonly geoip?: string | false;
  readonly regions?: readonly string[];
  /** Role to assume (default credential chain) to read `s3://` CloudTrail inputs, e.g. in the log-archive account. */
  readonly assumeRole?: string;
  /** Posture scan to correlate with (default: the latest in the store); false (`--no-correlate`) skips it. */
  readonly postureScan?: string;
  readonly correlate?: boolean;
  readonly accounts?: readonly string[];
  readonly detection?: readonly string[];
  readonly failOn?: Severity;
  readonly softFail?: boolean;
  readonly quiet?: boolean;
  readonly color?: false;
}

export const LOG_SOURCES = ['cloudtrail', 'azure', 'gcp'] as const;
export type LogSource = (typeof LOG_SOURCES)[number];

/** Each log source: its reader and the provider whose detections run over it. */
const SOURCES: Record<LogSource, { readonly provider: AuditEvent['provider']; readonly read: (inputs: readonly string[], opts: ReadOptions & { readonly assumeRole?: string }) => AsyncIterable<AuditEvent | AuditEvent[]> }> = {
  cloudtrail: { provider: 'aws', read: readCloudTrailInputs },
  azure: { provider: 'azure', read: readAzureActivity },
  gcp: { provider: 'gcp', read: readGcpAudit },
};

const ORDER: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** `--since`: an ISO time, or a duration back from now (`90m`, `24h`, `7d`). */
export function parseSince(s: string, now = Date.now()): number {
  const rel = /^(\d+)([mhd])$/.exec(s);
  if (rel) return now - Number(rel[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[rel[2] as 'm' | 'h' | 'd'];
  const t = Date.parse(s);
  if (!Number.isFinite(t)) throw new UsageError(`--since: "${s}" is neither an ISO-8601 time nor a duration such as 24h or 7d`);
  return t;
}

/**
 * `cloudwarden detect cloudtrail|azure|gcp PATH...`: every detection of the source's provider over the logs, streamed. Exit 0
 * when nothing at or above --fail-on fired (or --soft-fail), 1 when something did, 2 when no input could be read.
 */
export async function runDetectCommand(source: LogSource, inputs: readonly string[], o: DetectCommandOptions): Promise<number> {
  const startedAt = new Date();
  const since = o.since ? parseSince(o.since, startedAt.getTime()) : undefined;
  let badIps: string[] = [];
  if (o.badIps) {
    try {
      badIps = readFileSync(o.badIps, 'utf8').split(/\r?\n/);
    } catch (e) {
      throw new UsageError(`--bad-ips: cannot read ${o.badIps}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const invalid = ipMatcher(badIps).invalid;
    if (invalid.length > 0) throw new UsageError(`--bad-ips ${o.badIps}: not an IP address or CIDR range: ${invalid.slice(0, 5).join(', ')}`);
  }
  const { provider, read } = SOURCES[source];
  const detections = selectDetections(provider, o.detection ?? []);
  if (detections.length === 0) throw new UsageError(`--detection ${(o.detection ?? []).join(',')}: no detection id starts with that`);
  const list = (v: readonly string[] | undefined) => (v ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  let geo;
  try {
    geo = o.geoip === false ? undefined : openGeo(typeof o.geoip === 'string' ? o.geoip : undefined);
  } catch (e) {
    throw new UsageError(`--geoip ${String(o.geoip)}: not a readable MaxMind database (${(e as Error).message})`);
  }
  const recorder = await openDetectionRecorder(o, geo);
  const ctx = detectContext({ badIps, knownAccounts: list(o.accounts), usedRegions: list(o.regions), ...(geo ? { geo } : {}), ...(recorder.baseline ? { baseline: recorder.baseline } : {}) });
  const errors: LogInputError[] = [];
  const fired: DetectionResult[] = [];
  const progress = new Progress(process.stderr, o.quiet);
  let n = 0;
  let next = 10_000;
  const counted = async function* () {
    for await (const item of read(inputs, { onError: (x) => errors.push(x), ...(since !== undefined ? { since } : {}), ...(o.assumeRole ? { assumeRole: o.assumeRole } : {}) })) {
      const batch = Array.isArray(item) ? item : [item];
      for (const e of batch) recorder.see(e);
      n += batch.length;
      if (n >= next) {
        progress.update(`${n.toLocaleString('en')} events read, ${fired.length} detections fired`);
        next = n + 10_000;
      }
      yield batch;
    }
  };
  const { events } = await runDetections(counted(), detections, ctx, (r) => fired.push(r));
  progress.done();
  if (provider === 'aws' && o.correlate !== false && fired.length > 0) {
    const posture = await recorder.postureScan(o.postureScan);
    if (posture) {
      const { buildGraph } = await import('../graph/build.js');
      const { correlateWithPosture } = await import('./detect-correlate.js');
      fired.splice(0, fired.length, ...correlateWithPosture(fired, buildGraph(posture.resources), posture.findings, posture.scanId));
    } else if (o.postureScan) throw new UsageError(`--posture-scan: no posture scan "${o.postureScan}" in the store`);
  }
  const runId = await recorder.finish(fired, inputs, startedAt.toISOString(), VERSION);
  if (runId && !o.quiet) process.stderr.write(`detections stored as run ${runId}\n`);
  const report: DetectionReport = { provider, startedAt: startedAt.toISOString(), inputs, events, detectionsRun: detections.length, errors, detections: fired };
  const text = o.format === 'json' ? renderDetectionsJson(report) : o.format === 'ocsf' ? renderDetectionsOcsf(report, VERSION) : renderDetectionsTable(report, o.color !== false && !o.outputFile && Boolean(process.stdout.isTTY));
  if (o.outputFile) writeFileSync(o.outputFile, text);
  else process.stdout.write(text);
  if (o.format !== 'table') for (const e of errors) process.stderr.write(`input error: ${e.file}${e.record !== undefined ? ` record ${e.record}` : ''}: ${e.message}\n`);
  const unreadable = new Set(errors.filter((e) => e.record === undefined).map((e) => e.file));
  if (events === 0 && inputs.length > 0 && inputs.every((i) => unreadable.has(i))) return 2;
  const threshold = ORDER.indexOf(o.failOn ?? 'low');
  const failing = fired.some((d) => ORDER.indexOf(d.severity) >= threshold);
  return failing && !o.softFail ? 1 : 0;
}
