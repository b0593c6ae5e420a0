/**
 * Deterministic fuzzing of the GCP Cloud Audit Log normalizer and reader: seeded random mutations of valid
 * records (values swapped for other types, keys dropped) and of file text (bytes inserted, cut, swapped).
 * Neither may throw; every event is well formed, every error names its file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { AuditEvent } from '../../../model/audit/event.js';
import { checkEvent, COMMON_NOISE, COMMON_ODD, mutateText, mutateValue, rng } from '../test-support/fuzz.js';
import type { LogInputError } from '../read-common.js';
import { normalizeGcpAudit } from './normalize.js';
import { readLogStream } from '../read-common.js';
import { GCP_AUDIT_FORMAT } from './read.js';
import { gcpLogEntry } from './test-support.js';

const SEEDS: Record<string, unknown>[] = [
  gcpLogEntry({ protoPayload: { serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'allUsers' }] } } } }),
  gcpLogEntry({ method: 'v1.compute.firewalls.insert', service: 'compute.googleapis.com', code: 7, protoPayload: { request: { sourceRanges: ['0.0.0.0/0'], alloweds: [{ IPProtocol: 'tcp' }] } } }),
];
const ODD: unknown[] = [...COMMON_ODD, { code: 7 }, { code: 'x' }, 'projects/_'];

test('the normalizer never throws on mutated records', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const r = rng(seed);
    const raw = mutateValue(SEEDS[seed % SEEDS.length], r, ODD);
    let out: AuditEvent | string;
    assert.doesNotThrow(() => (out = normalizeGcpAudit(raw, { file: 'f', index: 0 })), `seed ${seed}`);
    if (typeof out! !== 'string') checkEvent(out!, 'gcp');
  }
});

const NOISE = [...COMMON_NOISE, 'entries', '"entries":'];

test('the reader never throws on mutated files, in any chunking; errors name the file', async () => {
  const texts = [JSON.stringify(SEEDS), JSON.stringify(SEEDS, null, 2), SEEDS.map((s) => JSON.stringify(s)).join('\n'), JSON.stringify({ entries: SEEDS })];
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed);
    const text = mutateText(texts[seed % texts.length]!, r, NOISE);
    const size = 1 + Math.floor(r() * 64);
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(Buffer.from(text.slice(i, i + size)));
    const errors: LogInputError[] = [];
    const events: AuditEvent[] = [];
    await assert.doesNotReject(async () => {
      for await (const e of readLogStream(Readable.from(chunks), 'fuzz.json', GCP_AUDIT_FORMAT, { onError: (x) => errors.push(x) })) events.push(e);
    }, `seed ${seed}`);
    for (const e of events) checkEvent(e, 'gcp');
    for (const e of errors) assert.equal(e.file, 'fuzz.json');
  }
});
