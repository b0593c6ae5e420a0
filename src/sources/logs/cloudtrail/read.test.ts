import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { AuditEvent } from '../../../model/audit/event.js';
import { readCloudTrail, type LogInputError } from './read.js';
import { ctRecord } from './test-support.js';

async function read(inputs: string[], stdin?: Readable): Promise<{ events: AuditEvent[]; errors: LogInputError[] }> {
  const errors: LogInputError[] = [];
  const events: AuditEvent[] = [];
  for await (const e of readCloudTrail(inputs, { onError: (x) => errors.push(x), ...(stdin ? { stdin } : {}) })) events.push(e);
  return { events, errors };
}

const dir = () => mkdtempSync(join(tmpdir(), 'cloudwarden-ct-'));
const records = (...r: unknown[]) => JSON.stringify({ Records: r });

test('reads delivery files, gzip and one-event-per-line files in nested folders, in name order', async () => {
  const root = dir();
  mkdirSync(join(root, 'AWSLogs/222222222222/CloudTrail/us-east-1/2026/11/27'), { recursive: true });
  const day = join(root, 'AWSLogs/222222222222/CloudTrail/us-east-1/2026/11/27');
  writeFileSync(join(day, 'a.json'), records(ctRecord({ eventID: 'a1' }), ctRecord({ eventID: 'a2' })));
  writeFileSync(join(day, 'b.json.gz'), gzipSync(records(ctRecord({ eventID: 'b1' }))));
  writeFileSync(join(day, 'c.jsonl'), [JSON.stringify(ctRecord({ eventID: 'c1' })), '', JSON.stringify({ 'detail-type': 'AWS API Call via CloudTrail', detail: ctRecord({ eventID: 'c2' }) })].join('\n'));
  writeFileSync(join(day, 'notes.txt'), 'not a log');
  const { events, errors } = await read([root]);
  assert.deepEqual(errors, []);
  assert.deepEqual(events.map((e) => e.id), ['a1', 'a2', 'b1', 'c1', 'c2']);
  assert.equal(events[2]!.origin.file, join(day, 'b.json.gz'));
  assert.equal(events[4]!.origin.index, 2, 'line index, blank lines counted');
});

test('a bad record is reported with its index and skipped; the rest of the file is read', async () => {
  const root = dir();
  const f = join(root, 'mixed.json');
  writeFileSync(f, `{"Records":[${JSON.stringify(ctRecord({ eventID: 'ok1' }))},{"eventName":"X","eventTime":"not a time","eventSource":"s3.amazonaws.com"},${JSON.stringify(ctRecord({ eventID: 'ok2' }))}]}`);
  const { events, errors } = await read([f]);
  assert.deepEqual(events.map((e) => e.id), ['ok1', 'ok2']);
  assert.deepEqual(errors, [{ file: f, record: 1, message: 'record has no valid eventTime' }]);
});

test('a truncated file yields its complete records and reports where it ended; other files go on', async () => {
  const root = dir();
  const whole = records(ctRecord({ eventID: 't1' }), ctRecord({ eventID: 't2' }));
  writeFileSync(join(root, '1.json'), whole.slice(0, whole.length - 40));
  writeFileSync(join(root, '2.json'), records(ctRecord({ eventID: 'next' })));
  const { events, errors } = await read([root]);
  assert.deepEqual(events.map((e) => e.id), ['t1', 'next']);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /ended inside record 1/);
});

test('invalid lines of a one-event-per-line file are reported by line; a missing path is reported', async () => {
  const root = dir();
  const f = join(root, 'lake.jsonl');
  writeFileSync(f, `${JSON.stringify(ctRecord({ eventID: 'l1' }))}\n{oops\n${JSON.stringify(ctRecord({ eventID: 'l3' }))}`);
  const { events, errors } = await read([f, join(root, 'missing.json')]);
  assert.deepEqual(events.map((e) => e.id), ['l1', 'l3']);
  assert.equal(errors[0]!.record, 1);
  assert.match(errors[0]!.message, /^line 2: invalid JSON/);
  assert.match(errors[1]!.message, /cannot read: ENOENT/);
});

test('reads standard input, gzipped or not, split across arbitrary chunks', async () => {
  const text = records(ctRecord({ eventID: 's1', requestParameters: { note: 'a "quoted" } ] { [ string' } }), ctRecord({ eventID: 's2' }));
  const chunks: Buffer[] = [];
  for (let i = 0; i < text.length; i += 7) chunks.push(Buffer.from(text.slice(i, i + 7)));
  const plain = await read(['-'], Readable.from(chunks));
  assert.deepEqual(plain.events.map((e) => e.id), ['s1', 's2']);
  assert.equal((plain.events[0]!.request as { note: string }).note, 'a "quoted" } ] { [ string');
  const gz = await read(['-'], Readable.from([gzipSync(text)]));
  assert.deepEqual(gz.events.map((e) => e.id), ['s1', 's2']);
});

test('--since drops older events', async () => {
  const root = dir();
  const f = join(root, 'x.json');
  writeFileSync(f, records(ctRecord({ eventID: 'old', eventTime: '2026-11-01T00:00:00Z' }), ctRecord({ eventID: 'new', eventTime: '2026-11-27T00:00:00Z' })));
  const events: string[] = [];
  for await (const e of readCloudTrail([f], { onError: () => undefined, since: Date.parse('2026-11-20T00:00:00Z') })) events.push(e.id);
  assert.deepEqual(events, ['new']);
});
