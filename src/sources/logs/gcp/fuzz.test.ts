/**
 * Deterministic fuzzing of the GCP Cloud Audit Log normalizer and reader: seeded random mutations of valid
 * records (values swapped for other types, keys dropped) and of file text (bytes inserted, cut, swapped).
 * Neither may throw; every event is well formed, every error names its file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { AuditEvent } from '../../../model/audit/event.js';
import type { LogInputError } from '../read-common.js';
import { normalizeGcpAudit } from './normalize.js';
import { readLogStream } from '../read-common.js';
import { GCP_AUDIT_FORMAT } from './read.js';
import { gcpLogEntry } from './test-support.js';

/** mulberry32: a small seeded PRNG, so a failure reproduces from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS: Record<string, unknown>[] = [
  gcpLogEntry({ protoPayload: { serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'allUsers' }] } } } }),
  gcpLogEntry({ method: 'v1.compute.firewalls.insert', service: 'compute.googleapis.com', code: 7, protoPayload: { request: { sourceRanges: ['0.0.0.0/0'], alloweds: [{ IPProtocol: 'tcp' }] } } }),
];
const ODD: unknown[] = [null, 0, -1, 1e308, '', ' ', 'Failed', '{', '[]', true, [], {}, [null], { code: 7 }, { code: 'x' }, 'projects/_', '\u0000', 'x'.repeat(300)];

function mutateValue(v: unknown, r: () => number, depth = 0): unknown {
  if (typeof v !== 'object' || v === null || depth > 6) return r() < 0.3 ? ODD[Math.floor(r() * ODD.length)] : v;
  if (Array.isArray(v)) return v.map((x) => mutateValue(x, r, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const roll = r();
    if (roll < 0.08) continue;
    out[k] = roll < 0.25 ? ODD[Math.floor(r() * ODD.length)] : mutateValue(x, r, depth + 1);
  }
  return out;
}

function checkEvent(e: AuditEvent): void {
  assert.equal(e.provider, 'gcp');
  assert.ok(Number.isFinite(e.time));
  assert.equal(typeof e.id, 'string');
  assert.ok(e.action.length > 0);
  assert.equal(typeof e.actor.id, 'string');
  assert.ok(Array.isArray(e.resources));
}

test('the normalizer never throws on mutated records', () => {
  for (let seed = 1; seed <= 400; seed++) {
    const r = rng(seed);
    const raw = mutateValue(SEEDS[seed % SEEDS.length], r);
    let out: AuditEvent | string;
    assert.doesNotThrow(() => (out = normalizeGcpAudit(raw, { file: 'f', index: 0 })), `seed ${seed}`);
    if (typeof out! !== 'string') checkEvent(out!);
  }
});

const NOISE = ['{', '}', '[', ']', ',', ':', '"', '\\', '\n', ' ', 'entries', '"entries":', '\u001f\u008b', 'null', '\r\n'];

function mutateText(text: string, r: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const roll = r();
    if (roll < 0.4) s = s.slice(0, at) + NOISE[Math.floor(r() * NOISE.length)] + s.slice(at);
    else if (roll < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20));
    else s = s.slice(0, at);
  }
  return s;
}

test('the reader never throws on mutated files, in any chunking; errors name the file', async () => {
  const texts = [JSON.stringify(SEEDS), JSON.stringify(SEEDS, null, 2), SEEDS.map((s) => JSON.stringify(s)).join('\n'), JSON.stringify({ entries: SEEDS })];
  for (let seed = 1; seed <= 300; seed++) {
    const r = rng(seed);
    const text = mutateText(texts[seed % texts.length]!, r);
    const size = 1 + Math.floor(r() * 64);
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(Buffer.from(text.slice(i, i + size)));
    const errors: LogInputError[] = [];
    const events: AuditEvent[] = [];
    await assert.doesNotReject(async () => {
      for await (const e of readLogStream(Readable.from(chunks), 'fuzz.json', GCP_AUDIT_FORMAT, { onError: (x) => errors.push(x) })) events.push(e);
    }, `seed ${seed}`);
    for (const e of events) checkEvent(e);
    for (const e of errors) assert.equal(e.file, 'fuzz.json');
  }
});
