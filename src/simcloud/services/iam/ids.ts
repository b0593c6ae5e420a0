import { createHash } from 'node:crypto';

/** A stable IAM-style unique id (`AIDA…`, `AROA…`) derived from the ARN, so worlds need not spell them. */
export function iamId(prefix: string, seed: string): string {
  const h = createHash('sha256').update(seed).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = prefix;
  for (let i = 0; s.length < 21; i++) s += alphabet[h[i]! % 32];
  return s;
}
