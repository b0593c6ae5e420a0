import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { AuditEvent, AuditOrigin } from '../../model/audit/event.js';
import { readLogStream, type LogFormat, type LogInputError } from './read-common.js';

/** A format whose records are `{id, t}` objects, to test the shared reading apart from any cloud's schema. */
const FORMAT: LogFormat = {
  normalize: (raw: unknown, origin: AuditOrigin): AuditEvent | string => {
    const r = raw as { id?: unknown; t?: unknown } | null;
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string') return 'no id';
    return { id: r.id, time: typeof r.t === 'number' ? r.t : 0, provider: 'gcp', actor: { type: 'Unknown', id: 'x', name: 'x', mfa: null }, service: 's', action: 'a', readOnly: null, resources: [], origin };
  },
  arrayKeys: ['items'],
  topLevelArray: true,
  lineRecords: (v) => (Array.isArray(v) ? v : [v]),
};

async function read(text: string, chunk = 4, since?: number): Promise<{ ids: string[]; indexes: number[]; errors: LogInputError[] }> {
  const parts: Buffer[] = [];
  for (let i = 0; i < text.length; i += chunk) parts.push(Buffer.from(text.slice(i, i + chunk)));
  const errors: LogInputError[] = [];
  const events: AuditEvent[] = [];
  for await (const e of readLogStream(Readable.from(parts), 'in.json', FORMAT, { onError: (x) => errors.push(x), ...(since !== undefined ? { since } : {}) })) events.push(e);
  return { ids: events.map((e) => e.id), indexes: events.map((e) => e.origin.index), errors };
}

test('a top-level array: nested arrays, brackets inside strings, primitives reported by index', async () => {
  const r = await read('  [{"id":"a","x":[[1],{"y":"]}[{"}]}, 7, {"id":"b"}]\n');
  assert.deepEqual(r.ids, ['a', 'b']);
  assert.deepEqual(r.indexes, [0, 2]);
  assert.deepEqual(r.errors, [{ file: 'in.json', record: 1, message: 'no id' }]);
});

test('a keyed array, also when several documents follow each other (one batch per line), indexes running on', async () => {
  const r = await read('{"items":[{"id":"a"},{"id":"b"}]}\n{"items":[{"id":"c"}],"next":null}\n', 3);
  assert.deepEqual(r.ids, ['a', 'b', 'c']);
  assert.deepEqual(r.indexes, [0, 1, 2]);
  assert.deepEqual(r.errors, []);
});

test('JSON lines when the start is neither; --since; empty input is no error', async () => {
  const r = await read('{"id":"a","t":5}\n[{"id":"b","t":9},{"id":"c","t":1}]\n', 5, 3);
  assert.deepEqual(r.ids, ['a', 'b']);
  assert.deepEqual(await read(''), { ids: [], indexes: [], errors: [] });
});

test('a document without the array, or cut inside it, is reported', async () => {
  const cut = await read('[{"id":"a"}, {"id":"b"');
  assert.deepEqual(cut.ids, ['a']);
  assert.deepEqual(cut.errors.map((e) => e.message), ['file ended inside record 1']);
  assert.deepEqual((await read('[{"id":"a"}')).errors.map((e) => e.message), ['file ended inside the top-level array']);
  assert.deepEqual((await read('{"items": 1}')).errors.map((e) => e.message), ['no "items" array in the file']);
});
