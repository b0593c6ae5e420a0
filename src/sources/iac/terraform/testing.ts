import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (relative path → text) into a fresh temporary directory and returns it (for tests). */
export function writeFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-tf-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

/** A small deterministic PRNG (for fuzz tests) (mulberry32) so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIAL = ['{', '}', '[', ']', '(', ')', '"', '=', '$', '%', '{', '<<', '<<-EOT\n', '~', '\n', '#', '/*', '*/', '//', '.', ',', ':', '?', '...', '\\', '=>', 'for ', ' in ', 'if ', '${', '%{', 'EOT', '-', '!', '*', '\t', '\r', 'é', '\u{1F600}'];

/** Applies 1–4 random edits (delete/insert/swap characters, delete/duplicate tokens, cut a run). */
export function mutate(text: string, rnd: () => number): string {
  let s = text;
  const n = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rnd() * (s.length + 1));
    const op = Math.floor(rnd() * 6);
    if (op === 0) s = s.slice(0, i) + s.slice(i + 1);
    else if (op === 1) s = s.slice(0, i) + SPECIAL[Math.floor(rnd() * SPECIAL.length)] + s.slice(i);
    else if (op === 2 && i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else if (op === 3) {
      // delete a token (a run of word characters or one punctuation character)
      const m = /^(\w+|\s+|.)/su.exec(s.slice(i));
      s = s.slice(0, i) + s.slice(i + (m ? m[0].length : 0));
    } else if (op === 4) {
      // duplicate a token elsewhere
      const m = /^(\w+|.)/su.exec(s.slice(i));
      const j = Math.floor(rnd() * (s.length + 1));
      s = s.slice(0, j) + (m ? m[0] : '') + s.slice(j);
    } else s = s.slice(0, i) + s.slice(Math.min(s.length, i + Math.floor(rnd() * 20)));
  }
  return s;
}

