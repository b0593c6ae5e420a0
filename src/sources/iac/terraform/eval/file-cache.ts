import { readFileSync } from 'node:fs';

/**
 * File texts read during a scan. Root discovery reads every `.tf` file to look for `module` blocks and
 * the evaluator reads them again; within a scan both get the text of one read. Outside `withFileCache`
 * (tests, direct API use) every read goes to the disk, as before.
 *
 * A plain module-level map rather than AsyncLocalStorage, whose async hooks tax every promise of the
 * scan: overlapping scans share the map, which is dropped when the last of them ends.
 */
let cache: Map<string, string> | undefined;
let users = 0;

/** Runs `fn` with a file-text cache that lives as long as the call (one scan), then is dropped. */
export async function withFileCache<T>(fn: () => Promise<T>): Promise<T> {
  cache ??= new Map();
  users++;
  try {
    return await fn();
  } finally {
    if (--users === 0) cache = undefined;
  }
}

/** The UTF-8 text of a file, from the current scan's cache when it was read before; throws like readFileSync. */
export function readTextCached(abs: string): string {
  if (!cache) return readFileSync(abs, 'utf8');
  let text = cache.get(abs);
  if (text === undefined) cache.set(abs, (text = readFileSync(abs, 'utf8')));
  return text;
}
