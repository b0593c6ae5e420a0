import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;

/** One schema change. Versions are applied in order, each in its own transaction, and never edited once released. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The schema history, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'scans, resources, findings, errors',
    sql: `
      CREATE TABLE scans (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,
        kind         TEXT NOT NULL,
        sources      TEXT NOT NULL,          -- JSON array
        started_at   TEXT NOT NULL,
        finished_at  TEXT,
        tool_version TEXT NOT NULL,
        summary      TEXT                    -- JSON ScanSummary
      );
      CREATE INDEX scans_started ON scans (started_at, seq);
      CREATE TABLE resources (
        scan_seq   INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
        ord        INTEGER NOT NULL,
        uid        TEXT NOT NULL,
        type       TEXT NOT NULL,
        provider   TEXT NOT NULL,
        account    TEXT,
        region     TEXT,
        name       TEXT NOT NULL,
        origin     TEXT NOT NULL,            -- JSON Origin
        tags       TEXT NOT NULL,            -- JSON Value<Record<string,string>>
        properties TEXT NOT NULL,            -- JSON, redacted
        PRIMARY KEY (scan_seq, ord)
      ) WITHOUT ROWID;
      CREATE INDEX resources_type ON resources (scan_seq, type);
      CREATE INDEX resources_uid ON resources (uid);
      CREATE TABLE findings (
        scan_seq    INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
        ord         INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        rule_id     TEXT NOT NULL,
        severity    TEXT NOT NULL,
        status      TEXT NOT NULL,
        muted       INTEGER NOT NULL,
        resource_id TEXT NOT NULL,
        file        TEXT,
        data        TEXT NOT NULL,           -- JSON Finding, redacted
        PRIMARY KEY (scan_seq, ord)
      ) WITHOUT ROWID;
      CREATE INDEX findings_fingerprint ON findings (fingerprint, scan_seq);
      CREATE INDEX findings_status ON findings (scan_seq, status, severity);
      CREATE INDEX findings_rule ON findings (scan_seq, rule_id);
      CREATE TABLE errors (
        scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
        ord      INTEGER NOT NULL,
        file     TEXT NOT NULL,
        line     INTEGER NOT NULL,
        col      INTEGER NOT NULL,
        message  TEXT NOT NULL,
        PRIMARY KEY (scan_seq, ord)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'finding risk score',
    // Findings stored before risk scoring keep score 0 in the column; readers leave their JSON without `risk`.
    sql: `
      ALTER TABLE findings ADD COLUMN risk_score INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX findings_risk ON findings (scan_seq, risk_score);
    `,
  },
  {
    version: 3,
    name: 'detections and the first-seen baseline',
    sql: `
      CREATE TABLE detections (
        scan_seq     INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
        ord          INTEGER NOT NULL,
        detection_id TEXT NOT NULL,
        severity     TEXT NOT NULL,
        time         TEXT NOT NULL,
        principal_id TEXT NOT NULL,
        source_ip    TEXT,
        account      TEXT,
        data         TEXT NOT NULL,          -- JSON DetectionRecord, redacted
        PRIMARY KEY (scan_seq, ord)
      ) WITHOUT ROWID;
      CREATE INDEX detections_principal ON detections (principal_id, time);
      CREATE INDEX detections_id ON detections (detection_id, time);
      CREATE TABLE baseline (
        principal  TEXT NOT NULL,
        kind       TEXT NOT NULL,
        value      TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL,
        PRIMARY KEY (principal, kind, value)
      ) WITHOUT ROWID;
    `,
  },
];

/**
 * Brings the database to the newest schema. Refuses a database written by a newer cloudwarden
 * (a higher version than we know) rather than guessing at its shape.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = (db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0;
  const newest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > newest) {
    throw new Error(`the findings database is at schema version ${current}, newer than this cloudwarden knows (${newest}): upgrade cloudwarden`);
  }
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
  return newest;
}
