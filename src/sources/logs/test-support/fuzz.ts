/**
 * Seeded mutation fuzzing shared by the audit-log readers' tests: a small PRNG (a failure reproduces from its
 * seed), record mutation (values swapped for odd ones of other types, keys dropped) and file-text mutation
 * (noise inserted, bytes cut, the file truncated), each with the provider's own odd values and noise.
 */
import assert from 'node:assert/strict';
import type { AuditEvent } from '../../../model/audit/event.js';

/** mulberry32. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Odd values every format gets, plus the provider's own. */
export const COMMON_ODD: readonly unknown[] = [null, 0, -1, 1e308, '', ' ', 'Failed', '{', '[]', true, [], {}, [null], '\u0000', 'x'.repeat(300)];

export function mutateValue(v: unknown, r: () => number, odd: readonly unknown[], depth = 0): unknown {
  if (typeof v !== 'object' || v === null || depth > 6) return r() < 0.3 ? odd[Math.floor(r() * odd.length)] : v;
  if (Array.isArray(v)) return v.map((x) => mutateValue(x, r, odd, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const roll = r();
    if (roll < 0.08) continue;
    out[k] = roll < 0.25 ? odd[Math.floor(r() * odd.length)] : mutateValue(x, r, odd, depth + 1);
  }
  return out;
}

/** JSON punctuation, whitespace, gzip magic: the noise every format gets, plus its own keys. */
export const COMMON_NOISE: readonly string[] = ['{', '}', '[', ']', ',', ':', '"', '\\', '\n', ' ', '\u001f\u008b', 'null', '\r\n'];

export function mutateText(text: string, r: () => number, noise: readonly string[]): string {
  let s = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const roll = r();
    if (roll < 0.4) s = s.slice(0, at) + noise[Math.floor(r() * noise.length)] + s.slice(at);
    else if (roll < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20));
    else s = s.slice(0, at);
  }
  return s;
}

/** What every normalized event must be, whatever the input. */
export function checkEvent(e: AuditEvent, provider: AuditEvent['provider']): void {
  assert.equal(e.provider, provider);
  assert.ok(Number.isFinite(e.time));
  assert.equal(typeof e.id, 'string');
  assert.ok(e.action.length > 0);
  assert.equal(typeof e.actor.id, 'string');
  assert.ok(Array.isArray(e.resources));
}
