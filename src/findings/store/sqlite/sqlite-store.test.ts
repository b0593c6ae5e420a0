import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { storeConformance } from '../conformance.js';
import { conformanceFinding } from '../conformance-fixtures.js';
import { openStore } from '../index.js';
import { summarize } from '../../summary.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { SqliteFindingsStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'cloudwarden-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = (): string => join(dir, `nested-${++n}`, 'cloudwarden.db');

storeConformance('sqlite', async () => openStore(freshPath()));

test('sqlite: data persists across close and reopen; WAL and migrations recorded', async () => {
  const path = freshPath();
  const s = await openStore(path);
  const id = await s.beginScan({ kind: 'iac', sources: ['x'], toolVersion: '0' });
  await s.addFindings(id, [conformanceFinding()]);
  await s.finishScan(id, summarize([conformanceFinding()]));
  await s.close();
  await s.close(); // idempotent

  const again = await openStore(path);
  assert.equal((await again.latestScan())?.id, id);
  assert.equal((await again.getFindings(id)).length, 1);
  await again.close();

  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const versions = db.prepare('SELECT version FROM migrations ORDER BY version').all() as { version: number }[];
    assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
  } finally {
    db.close();
  }
});

test('sqlite: a database from a newer cloudwarden is refused', async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const db = new Database(path);
  db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (999, ?, ?)').run('future', new Date().toISOString());
  db.close();
  assert.throws(() => new SqliteFindingsStore(path), /schema version 999/);
});

test('sqlite: no secret reaches the database files', async () => {
  const path = freshPath();
  const s = await openStore(path);
  const id = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
  await s.addFindings(id, [
    conformanceFinding({
      message: 'key AKIAIOSFODNN7EXAMPLE in env',
      evidence: [{ path: 'environment', value: 'plaintext-sensitive-value-123', kind: 'explicit', source: { kind: 'none' }, sensitive: true }],
    }),
  ]);
  await s.close();
  const bytes = readdirSync(join(path, '..')).map((f) => readFileSync(join(path, '..', f)).toString('latin1')).join('');
  assert.ok(!bytes.includes('AKIAIOSFODNN7EXAMPLE'));
  assert.ok(!bytes.includes('plaintext-sensitive-value-123'));
  assert.ok(bytes.includes('[redacted]'), 'the redacted marker is stored instead');
});

test('sqlite: a database written before risk scoring migrates; its findings read back without risk and rank as 0', async () => {
  const path = freshPath();
  await (await openStore(join(path, '..', 'warmup.db'))).close(); // creates the directory
  const old = new Database(path);
  migrate(old, MIGRATIONS.filter((m) => m.version === 1));
  old.prepare("INSERT INTO scans (id, kind, sources, started_at, finished_at, tool_version) VALUES ('old', 'iac', '[]', '2026-01-01T00:00:00.000Z', '2026-01-01T00:01:00.000Z', '0')").run();
  const legacy = conformanceFinding({ fingerprint: 'legacy' });
  old.prepare("INSERT INTO findings (scan_seq, ord, fingerprint, rule_id, severity, status, muted, resource_id, file, data) VALUES (1, 0, 'legacy', ?, 'medium', 'fail', 0, ?, NULL, ?)")
    .run(legacy.ruleId, legacy.resource.id, JSON.stringify(legacy));
  old.close();

  const s = await openStore(path);
  assert.deepEqual(await s.getFindings('old'), [legacy]);
  assert.deepEqual((await s.getFindings('old', { minRisk: 0 })).length, 1);
  assert.deepEqual(await s.getFindings('old', { minRisk: 1 }), []);
  const id = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
  const scored = conformanceFinding({ fingerprint: 'new', risk: { score: 42, factors: [{ factor: 'severity', points: 42, detail: 'test' }] } });
  await s.addFindings(id, [scored]);
  assert.deepEqual(await s.getFindings(id, { minRisk: 42 }), [scored]);
  await s.close();
});
