import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { AuditEvent } from '../../../model/audit/event.js';
import type { LogInputError } from '../read-common.js';
import { readAzureActivity } from './read.js';
import { exportRecord as azExport, restRecord as azRest, RG } from './test-support.js';

async function read(inputs: string[], stdin?: Readable): Promise<{ events: AuditEvent[]; errors: LogInputError[] }> {
  const errors: LogInputError[] = [];
  const events: AuditEvent[] = [];
  for await (const e of readAzureActivity(inputs, { onError: (x) => errors.push(x), ...(stdin ? { stdin } : {}) })) events.push(e);
  return { events, errors };
}

const dir = () => mkdtempSync(join(tmpdir(), 'cloudwarden-az-'));
const vm = (n: number) => `${RG}/providers/Microsoft.Compute/virtualMachines/vm${n}`;
const rest = (n: number) => azRest({ operation: 'Microsoft.Compute/virtualMachines/write', resourceId: vm(n) });
const exp = (n: number) => azExport({ operation: 'Microsoft.Compute/virtualMachines/write', resourceId: vm(n) });
const names = (events: AuditEvent[]) => events.map((e) => e.resources[0]!.id.split('/').pop()!.toLowerCase());

test('every form: records batches (one or several per file), PT1H.json lines (single records and batches), REST value, az CLI array, gzip, nested folders', async () => {
  const root = dir();
  const hour = join(root, 'resourceId=/SUBSCRIPTIONS/X/y=2026/m=11/d=27/h=10/m=00');
  mkdirSync(hour, { recursive: true });
  writeFileSync(join(hour, 'PT1H.json'), [JSON.stringify(exp(1)), JSON.stringify({ records: [exp(2), exp(3)] }), ''].join('\n'));
  writeFileSync(join(root, 'a-eventhub.json'), `${JSON.stringify({ records: [exp(4)] })}\n${JSON.stringify({ records: [exp(5)] })}\n`);
  writeFileSync(join(root, 'b-cli.json'), JSON.stringify([rest(6), rest(7)], null, 2));
  writeFileSync(join(root, 'c-rest.json.gz'), gzipSync(JSON.stringify({ value: [rest(8)], nextLink: null })));
  const { events, errors } = await read([root]);
  assert.deepEqual(errors, []);
  assert.deepEqual(names(events), ['vm4', 'vm5', 'vm6', 'vm7', 'vm8', 'vm1', 'vm2', 'vm3']);
  assert.ok(events.every((e) => e.provider === 'azure'));
});

test('bad records are reported by index, bad lines by line; the rest is read', async () => {
  const root = dir();
  const arr = join(root, 'list.json');
  writeFileSync(arr, JSON.stringify([rest(1), { eventTimestamp: 'never', operationName: { value: 'x' } }, rest(3)]));
  const lines = join(root, 'PT1H.json');
  writeFileSync(lines, `${JSON.stringify(exp(1))}\n{oops\n${JSON.stringify({ records: [exp(2), { time: '2026-11-27T10:00:00Z' }] })}\n`);
  const { events, errors } = await read([arr, lines]);
  assert.deepEqual(names(events), ['vm1', 'vm3', 'vm1', 'vm2']);
  assert.deepEqual(errors.map((e) => [e.record, e.message.replace(/: Expected.*|: Unexpected.*/, '')]), [
    [1, 'record has no valid time or eventTimestamp'],
    [1, 'line 2: invalid JSON'],
    [2, 'line 3 record 1: record has no operationName'],
  ]);
});

test('a truncated array yields its complete records and reports where it ended; stdin works in small chunks', async () => {
  const root = dir();
  const whole = JSON.stringify([rest(1), rest(2)]);
  writeFileSync(join(root, 'cut.json'), whole.slice(0, whole.length - 30));
  const cut = await read([join(root, 'cut.json')]);
  assert.deepEqual(names(cut.events), ['vm1']);
  assert.match(cut.errors[0]!.message, /ended inside record 1/);
  const text = JSON.stringify({ records: [exp(1), exp(2)] });
  const chunks: Buffer[] = [];
  for (let i = 0; i < text.length; i += 5) chunks.push(Buffer.from(text.slice(i, i + 5)));
  assert.deepEqual(names((await read(['-'], Readable.from(chunks))).events), ['vm1', 'vm2']);
});
