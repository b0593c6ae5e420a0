/**
 * HTML escaping. Findings carry attacker-controlled strings (resource names, tags, messages), so every
 * piece of text reaching the page goes through {@link esc}, in element content and attribute values alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text safe in element content and in quoted attribute values; control characters other than newline and tab are dropped. */
export function esc(s: string | number | undefined | null): string {
  if (s === undefined || s === null) return '';
  // eslint-disable-next-line no-control-regex
  return String(s).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** A token for `data-*` filter attributes: lower case, escaped. */
export function token(s: string | undefined): string {
  return esc((s ?? '').toLowerCase());
}
