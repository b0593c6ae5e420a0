/**
 * Seeded mutation fuzzing of the scan-report readers: text edits (cuts, duplicated spans, swapped characters) and
 * JSON edits (a member's value replaced by a value of another type). A reader must never throw, and every error
 * and provenance line must point inside the file.
 */
import assert from 'node:assert/strict';
import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import { importReportText, type ReportReader } from './import.js';

/** mulberry32: a small seeded PRNG, so a failure reproduces from its seed. */
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

const ODD_VALUES: readonly unknown[] = [null, 0, -1, 1e308, '', 'x', [], {}, [null], { a: [] }, true, '@sha256:zz', 'a/b:c@sha256:'];

function mutateJson(value: unknown, r: () => number): unknown {
  if (Array.isArray(value)) return value.length && r() < 0.7 ? value.map((v, i) => (i === Math.floor(r() * value.length) ? mutateJson(v, r) : v)) : ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length || r() < 0.2) return ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
    const at = Math.floor(r() * entries.length);
    return Object.fromEntries(entries.flatMap(([k, v], i) => (i !== at ? [[k, v]] : r() < 0.2 ? [] : [[k, mutateJson(v, r)]])));
  }
  return ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
}

function mutateText(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length);
  const len = Math.floor(r() * 40);
  switch (Math.floor(r() * 4)) {
    case 0:
      return text.slice(0, at) + text.slice(at + len);
    case 1:
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    case 2:
      return text.slice(0, at) + '",{[:'.charAt(Math.floor(r() * 5)) + text.slice(at + 1);
    default:
      return text.slice(0, at);
  }
}

/** Runs `rounds` mutations of each seed text through the reader and checks the invariants. */
export function fuzzReader(format: string, read: ReportReader, seeds: readonly string[], rounds: number): { errors: number; imported: number } {
  let errors = 0;
  let imported = 0;
  for (const [s, seed] of seeds.entries()) {
    const r = rng(0xc0ffee + s);
    for (let i = 0; i < rounds; i++) {
      const text = r() < 0.5 ? mutateText(seed, r) : JSON.stringify(mutateJson(JSON.parse(seed), r), null, r() < 0.5 ? 2 : 0);
      const lines = text.split('\n').length;
      let out: { resources: Resource[] } | InputError;
      try {
        out = importReportText('fuzz.json', format, text, read);
      } catch (e) {
        assert.fail(`${format} seed ${s} round ${i} threw ${(e as Error).stack}\n--- input ---\n${text.slice(0, 2000)}`);
      }
      if ('message' in out) {
        errors++;
        assert.ok(out.line >= 1 && out.line <= lines, `error line ${out.line} outside the ${lines}-line file: ${out.message}`);
        continue;
      }
      imported++;
      for (const res of out.resources) {
        assert.ok(res.uid.length > 0);
        const line = res.source.kind === 'import' ? res.source.line : undefined;
        assert.ok(line !== undefined && line >= 1 && line <= lines, `provenance line ${line} outside the file`);
      }
    }
  }
  return { errors, imported };
}
