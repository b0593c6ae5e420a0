import type { InlineSuppression } from './types.js';

const MARKER = /(?:#|\/\/|\/\*)\s*cloudwarden:ignore\s+([a-z0-9-]+)(?:\s+(.*?))?\s*(?:\*\/)?\s*$/i;

/**
 * Finds `cloudwarden:ignore <rule-id> <reason>` comments (after `#`, `//` or `/*`) in a file's text.
 * A missing reason is kept as "no reason given" so the output still shows the mute.
 */
export function findInlineSuppressions(file: string, text: string): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  if (!text.includes('cloudwarden:ignore')) return out;
  text.split(/\r?\n/).forEach((line, i) => {
    const m = MARKER.exec(line);
    if (m) out.push({ file, line: i + 1, ruleId: m[1]!.toLowerCase(), reason: m[2]?.trim() || 'no reason given' });
  });
  return out;
}
