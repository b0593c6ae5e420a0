import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { AuditEvent } from '../../../model/audit/event.js';
import type { LogInputError } from '../read-common.js';
import { readGcpAudit } from './read.js';
import { gcpLogEntry } from './test-support.js';

async function read(inputs: string[], opts: { stdin?: Readable; since?: number } = {}): Promise<{ events: AuditEvent[]; errors: LogInputError[] }> {
  const errors: LogInputError[] = [];
  const events: AuditEvent[] = [];
  for await (const e of readGcpAudit(inputs, { onError: (x) => errors.push(x), ...opts })) events.push(e);
  return { events, errors };
}

const dir = () => mkdtempSync(join(tmpdir(), 'cloudwarden-gcp-'));
const entry = (id: string) => gcpLogEntry({ insertId: id });

test('gcloud JSON arrays, sink files (one entry per line, gzip), entries.list responses, in folder order', async () => {
  const root = dir();
  const day = join(root, 'cloudaudit.googleapis.com/activity/2026/11/27');
  mkdirSync(day, { recursive: true });
  writeFileSync(join(day, '10:00:00_10:59:59_S0.json'), `${JSON.stringify(entry('s1'))}\n\n${JSON.stringify(entry('s2'))}\n`);
  writeFileSync(join(day, '11:00:00_11:59:59_S0.json.gz'), gzipSync(JSON.stringify(entry('s3'))));
  writeFileSync(join(root, 'a-gcloud.json'), JSON.stringify([entry('g1'), entry('g2')], null, 2));
  writeFileSync(join(root, 'b-api.json'), JSON.stringify({ entries: [entry('api1')], nextPageToken: 'x' }));
  const { events, errors } = await read([root]);
  assert.deepEqual(errors, []);
  assert.deepEqual(events.map((e) => e.id), ['g1', 'g2', 'api1', 's1', 's2', 's3']);
  assert.equal(events[4]!.origin.index, 2, 'line index, blank lines counted');
});

test('non-audit entries, invalid lines and truncated arrays are reported; the rest is read', async () => {
  const root = dir();
  const arr = join(root, 'mixed.json');
  writeFileSync(arr, JSON.stringify([entry('ok1'), { timestamp: '2026-11-27T10:00:00Z', textPayload: 'app log' }, entry('ok2')]));
  const lines = join(root, 'sink.json');
  writeFileSync(lines, `${JSON.stringify(entry('l1'))}\n{"broken":\n${JSON.stringify(entry('l3'))}`);
  const cut = join(root, 'cut.json');
  const whole = JSON.stringify([entry('c1'), entry('c2')]);
  writeFileSync(cut, whole.slice(0, whole.length - 25));
  const { events, errors } = await read([arr, lines, cut, join(root, 'missing.json')]);
  assert.deepEqual(events.map((e) => e.id), ['ok1', 'ok2', 'l1', 'l3', 'c1']);
  assert.deepEqual(errors.map((e) => [e.file, e.record]), [[arr, 1], [lines, 1], [cut, undefined], [join(root, 'missing.json'), undefined]]);
  assert.match(errors[0]!.message, /not an audit log entry/);
  assert.match(errors[1]!.message, /^line 2: invalid JSON/);
  assert.match(errors[2]!.message, /ended inside record 1/);
  assert.match(errors[3]!.message, /cannot read: ENOENT/);
});

test('stdin in small chunks, gzipped or not; --since drops older entries', async () => {
  const text = JSON.stringify([entry('x1'), { ...entry('x2'), timestamp: '2026-11-28T00:00:00Z' }]);
  const chunks: Buffer[] = [];
  for (let i = 0; i < text.length; i += 3) chunks.push(Buffer.from(text.slice(i, i + 3)));
  assert.deepEqual((await read(['-'], { stdin: Readable.from(chunks) })).events.map((e) => e.id), ['x1', 'x2']);
  const since = Date.parse('2026-11-27T12:00:00Z');
  assert.deepEqual((await read(['-'], { stdin: Readable.from([gzipSync(text)]), since })).events.map((e) => e.id), ['x2']);
});
