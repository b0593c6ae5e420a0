import * as crypto from 'node:crypto';

// `crypto.hash` (one-shot, Node >= 20.12) is several times cheaper than createHash for short inputs,
// which matters when every finding of a large scan is fingerprinted.
const oneShot = (crypto as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;

/** A short, stable hex digest of the parts (joined with a separator no part contains in practice). */
export function stableHash(...parts: readonly string[]): string {
  const data = parts.join('\u001f');
  const hex = oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
  return hex.slice(0, 32);
}

/**
 * `stableHash` of exactly four parts, without the rest-parameter array and join: the same digest, for the hot
 * path that fingerprints every finding of a scan.
 */
export function stableHash4(a: string, b: string, c: string, d: string): string {
  const data = `${a}\u001f${b}\u001f${c}\u001f${d}`;
  const hex = oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
  return hex.slice(0, 32);
}
