import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import type { Finding } from '../../finding.js';
import type { BaselineEntry, BaselineObservation, DetectionRecord } from '../../detection.js';
import { redactValue } from '../../../shared/redact.js';
import { TOOL_NAME, redactFinding, redactInputError, type ScanKind, type ScanReport } from '../../report.js';
import { summarize, type ScanSummary } from '../../summary.js';
import { redactResourceProperties } from '../redact-resource.js';
import type { FindingFilter, FindingOccurrence, FindingsStore, ScanFilter, ScanMeta, ScanRecord, StoredResource } from '../types.js';
import { migrate } from './migrations.js';

interface ScanRow {
  seq: number;
  id: string;
  kind: string;
  sources: string;
  started_at: string;
  finished_at: string | null;
  tool_version: string;
  summary: string | null;
}

interface ResourceRow {
  uid: string;
  type: string;
  provider: string;
  account: string | null;
  region: string | null;
  name: string;
  origin: string;
  tags: string;
  properties: string;
}

function toRecord(r: ScanRow): ScanRecord {
  return {
    id: r.id,
    kind: r.kind as ScanKind,
    sources: JSON.parse(r.sources) as string[],
    startedAt: r.started_at,
    ...(r.finished_at !== null ? { finishedAt: r.finished_at } : {}),
    toolVersion: r.tool_version,
    ...(r.summary !== null ? { summary: JSON.parse(r.summary) as ScanSummary } : {}),
  };
}

function toResource(r: ResourceRow): StoredResource {
  return {
    uid: r.uid,
    type: r.type,
    provider: r.provider as StoredResource['provider'],
    ...(r.account !== null ? { account: r.account } : {}),
    ...(r.region !== null ? { region: r.region } : {}),
    name: r.name,
    origin: JSON.parse(r.origin) as StoredResource['origin'],
    tags: JSON.parse(r.tags) as unknown,
    properties: JSON.parse(r.properties) as unknown,
  };
}

const list = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v as T]);

/** Orders scans newest first; `seq` breaks ties between scans started in the same millisecond. */
const NEWEST_FIRST = 'ORDER BY started_at DESC, seq DESC';

/**
 * The SQLite findings store (better-sqlite3: synchronous underneath, async at the interface).
 * WAL mode, so a dashboard can read while a scan writes; every batch is one transaction.
 */
export class SqliteFindingsStore implements FindingsStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrate(this.db);
  }

  /** Prepared statements are cached per SQL text (filters build a handful of variants). */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  private seqOf(scanId: string): number {
    const row = this.stmt('SELECT seq FROM scans WHERE id = ?').get(scanId) as { seq: number } | undefined;
    if (!row) throw new Error(`unknown scan id: ${scanId}`);
    return row.seq;
  }

  private nextOrd(table: 'resources' | 'findings' | 'errors' | 'detections', seq: number): number {
    const row = this.stmt(`SELECT COALESCE(MAX(ord), -1) + 1 AS n FROM ${table} WHERE scan_seq = ?`).get(seq) as { n: number };
    return row.n;
  }

  async beginScan(meta: ScanMeta): Promise<string> {
    const id = meta.id ?? randomUUID();
    this.stmt('INSERT INTO scans (id, kind, sources, started_at, tool_version) VALUES (?, ?, ?, ?, ?)').run(
      id,
      meta.kind,
      JSON.stringify(meta.sources),
      meta.startedAt ?? new Date().toISOString(),
      meta.toolVersion,
    );
    return id;
  }

  async addResources(scanId: string, resources: readonly Resource[]): Promise<void> {
    const insert = this.stmt(
      'INSERT INTO resources (scan_seq, ord, uid, type, provider, account, region, name, origin, tags, properties) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      const seq = this.seqOf(scanId);
      let ord = this.nextOrd('resources', seq);
      for (const r of resources) {
        insert.run(seq, ord++, r.uid, r.type, r.provider, r.account ?? null, r.region ?? null, r.name, JSON.stringify(r.origin),
          JSON.stringify(redactResourceProperties(r.tags) ?? null), JSON.stringify(redactResourceProperties(r.properties) ?? null));
      }
    })();
  }

  async addFindings(scanId: string, findings: readonly Finding[]): Promise<void> {
    const insert = this.stmt(
      'INSERT INTO findings (scan_seq, ord, fingerprint, rule_id, severity, status, muted, resource_id, file, risk_score, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      const seq = this.seqOf(scanId);
      let ord = this.nextOrd('findings', seq);
      for (const raw of findings) {
        const f = redactFinding(raw);
        insert.run(seq, ord++, f.fingerprint, f.ruleId, f.severity, f.status, f.muted ? 1 : 0, f.resource.id, f.location?.file ?? null, f.risk?.score ?? 0, JSON.stringify(f));
      }
    })();
  }

  async addErrors(scanId: string, errors: readonly InputError[]): Promise<void> {
    const insert = this.stmt('INSERT INTO errors (scan_seq, ord, file, line, col, message) VALUES (?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      const seq = this.seqOf(scanId);
      let ord = this.nextOrd('errors', seq);
      for (const e of errors.map(redactInputError)) insert.run(seq, ord++, e.file, e.line, e.column, e.message);
    })();
  }

  async finishScan(scanId: string, summary: ScanSummary, finishedAt?: string): Promise<void> {
    const r = this.stmt('UPDATE scans SET finished_at = ?, summary = ? WHERE id = ?').run(finishedAt ?? new Date().toISOString(), JSON.stringify(summary), scanId);
    if (r.changes === 0) throw new Error(`unknown scan id: ${scanId}`);
  }

  async getScan(id: string): Promise<ScanRecord | undefined> {
    const row = this.stmt('SELECT * FROM scans WHERE id = ?').get(id) as ScanRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  private scanQuery(filter: ScanFilter & { readonly excludeKind?: ScanKind }): { where: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (!filter.includeUnfinished) clauses.push('finished_at IS NOT NULL');
    if (filter.excludeKind) {
      clauses.push('kind <> ?');
      params.push(filter.excludeKind);
    }
    if (filter.kind) {
      clauses.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.source !== undefined) {
      clauses.push('EXISTS (SELECT 1 FROM json_each(scans.sources) WHERE value = ?)');
      params.push(filter.source);
    }
    return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  async latestScan(filter: ScanFilter = {}): Promise<ScanRecord | undefined> {
    // Without a kind, "the latest scan" is the latest posture scan: a detect run has no findings to report on.
    const { where, params } = this.scanQuery(filter.kind ? filter : { ...filter, excludeKind: 'detect' });
    const row = this.stmt(`SELECT * FROM scans ${where} ${NEWEST_FIRST} LIMIT 1`).get(...params) as ScanRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  async listScans(opts: ScanFilter & { readonly limit?: number } = {}): Promise<ScanRecord[]> {
    const { where, params } = this.scanQuery({ includeUnfinished: true, ...opts });
    const rows = this.stmt(`SELECT * FROM scans ${where} ${NEWEST_FIRST} LIMIT ?`).all(...params, opts.limit ?? 50) as ScanRow[];
    return rows.map(toRecord);
  }

  async getFindings(scanId: string, filter: FindingFilter = {}): Promise<Finding[]> {
    const clauses = ['scan_seq = ?'];
    const params: unknown[] = [this.seqOf(scanId)];
    const inList = (column: string, values: readonly string[] | undefined): void => {
      if (values === undefined) return;
      clauses.push(values.length === 0 ? '0' : `${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    inList('status', list(filter.status));
    inList('severity', list(filter.severity));
    inList('rule_id', list(filter.ruleId));
    if (filter.muted !== undefined) {
      clauses.push('muted = ?');
      params.push(filter.muted ? 1 : 0);
    }
    if (filter.minRisk !== undefined) {
      clauses.push('risk_score >= ?');
      params.push(filter.minRisk);
    }
    const rows = this.stmt(`SELECT data FROM findings WHERE ${clauses.join(' AND ')} ORDER BY ord`).all(...params) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as Finding);
  }

  async getResources(scanId: string, filter: { readonly type?: string } = {}): Promise<StoredResource[]> {
    const seq = this.seqOf(scanId);
    const rows = (filter.type === undefined
      ? this.stmt('SELECT * FROM resources WHERE scan_seq = ? ORDER BY ord').all(seq)
      : this.stmt('SELECT * FROM resources WHERE scan_seq = ? AND type = ? ORDER BY ord').all(seq, filter.type)) as ResourceRow[];
    return rows.map(toResource);
  }

  async getErrors(scanId: string): Promise<InputError[]> {
    const rows = this.stmt('SELECT file, line, col, message FROM errors WHERE scan_seq = ? ORDER BY ord').all(this.seqOf(scanId)) as {
      file: string;
      line: number;
      col: number;
      message: string;
    }[];
    return rows.map((r) => ({ file: r.file, line: r.line, column: r.col, message: r.message }));
  }

  async getReport(scanId: string): Promise<ScanReport | undefined> {
    const scan = await this.getScan(scanId);
    if (!scan) return undefined;
    const [findings, errors] = await Promise.all([this.getFindings(scanId), this.getErrors(scanId)]);
    const resources = (this.stmt('SELECT COUNT(*) AS n FROM resources WHERE scan_seq = ?').get(this.seqOf(scanId)) as { n: number }).n;
    // A scan that never finished still reads back; its summary is what the stored rows add up to.
    const summary = scan.summary ?? summarize(findings, { resources, filesFailed: errors.map((e) => e.file) });
    return {
      tool: { name: TOOL_NAME, version: scan.toolVersion },
      scan: { id: scan.id, startedAt: scan.startedAt, finishedAt: scan.finishedAt ?? '', sources: scan.sources, kind: scan.kind },
      summary,
      errors,
      findings,
    };
  }

  async findingHistory(fingerprint: string): Promise<FindingOccurrence[]> {
    const rows = this.stmt(
      `SELECT s.id, s.started_at, f.status, f.muted FROM findings f JOIN scans s ON s.seq = f.scan_seq
       WHERE f.fingerprint = ? ORDER BY s.started_at, s.seq, f.ord`,
    ).all(fingerprint) as { id: string; started_at: string; status: FindingOccurrence['status']; muted: number }[];
    const out: FindingOccurrence[] = [];
    for (const r of rows) {
      // One occurrence per scan: a fingerprint is unique within a scan unless a rule reused a discriminator.
      if (out.at(-1)?.scanId === r.id) continue;
      out.push({ scanId: r.id, startedAt: r.started_at, status: r.status, muted: r.muted === 1 });
    }
    return out;
  }

  async addDetections(scanId: string, detections: readonly DetectionRecord[]): Promise<void> {
    const insert = this.stmt('INSERT INTO detections (scan_seq, ord, detection_id, severity, time, principal_id, source_ip, account, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      const seq = this.seqOf(scanId);
      let ord = this.nextOrd('detections', seq);
      for (const raw of detections) {
        // Messages quote request parameters; anything that looks like a secret is masked before it is kept.
        const d = redactValue(raw) as DetectionRecord;
        insert.run(seq, ord++, d.detectionId, d.severity, d.time, d.principal.id, d.sourceIp ?? null, d.account ?? null, JSON.stringify(d));
      }
    })();
  }

  async getDetections(scanId: string): Promise<DetectionRecord[]> {
    const rows = this.stmt('SELECT data FROM detections WHERE scan_seq = ? ORDER BY ord').all(this.seqOf(scanId)) as { data: string }[];
    return rows.map((r) => JSON.parse(r.data) as DetectionRecord);
  }

  async observe(observations: readonly BaselineObservation[]): Promise<void> {
    const upsert = this.stmt(
      `INSERT INTO baseline (principal, kind, value, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (principal, kind, value) DO UPDATE SET first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)`,
    );
    this.db.transaction(() => {
      for (const o of observations) upsert.run(o.principal, o.kind, o.value, o.time, o.time);
    })();
  }

  async baseline(): Promise<BaselineEntry[]> {
    const rows = this.stmt('SELECT principal, kind, value, first_seen, last_seen FROM baseline ORDER BY principal, kind, value').all() as { principal: string; kind: string; value: string; first_seen: string; last_seen: string }[];
    return rows.map((r) => ({ principal: r.principal, kind: r.kind, value: r.value, firstSeen: r.first_seen, lastSeen: r.last_seen }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
