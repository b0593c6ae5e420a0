import { createHash } from 'node:crypto';

/** A short, stable hex digest of the parts (joined with a separator no part contains in practice). */
export function stableHash(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32);
}
