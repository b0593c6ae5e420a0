/** Terminal-safe text: control characters (escapes in attacker-controlled names) become U+FFFD, newlines fold. */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r?\n|\t/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/** A score as a fixed-width bar: `██████░░░░`. */
export function bar(percent: number, width = 20): string {
  const full = Math.max(0, Math.min(width, Math.round((percent / 100) * width)));
  return '█'.repeat(full) + '░'.repeat(width - full);
}

/** Cuts `s` to `width` characters with an ellipsis. */
export function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length <= width ? s : `${chars.slice(0, width - 1).join('')}…`;
}

/** `42.5%`, or `n/a` when there is nothing to score. */
export function percent(n: number | null): string {
  return n === null ? 'n/a' : `${n.toFixed(1)}%`;
}
