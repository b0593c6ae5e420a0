import { esc } from './escape.js';

/** One bar or donut slice. */
export interface ChartItem {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** Text after the bar; defaults to the value. */
  readonly note?: string;
}

/**
 * Horizontal bar chart as inline SVG (no scripts, no fonts fetched). Values scale to `max`
 * (default: the largest value), so score charts pass `max: 100`.
 */
export function barChart(title: string, items: readonly ChartItem[], opts: { readonly max?: number; readonly width?: number; readonly labelWidth?: number } = {}): string {
  const width = opts.width ?? 460;
  const labelW = opts.labelWidth ?? 150;
  // About 6 px per character at the label's 11 px font.
  const maxChars = Math.floor(labelW / 6.3);
  const noteW = 70;
  const barW = width - labelW - noteW;
  const rowH = 22;
  const max = opts.max ?? Math.max(1, ...items.map((i) => i.value));
  const height = Math.max(1, items.length) * rowH + 4;
  const rows = items.map((it, n) => {
    const y = n * rowH + 2;
    const w = max > 0 ? Math.round((barW * Math.max(0, it.value)) / max) : 0;
    const label = it.label.length > maxChars ? `${it.label.slice(0, maxChars - 1)}…` : it.label;
    return (
      `<g><title>${esc(it.label)}: ${esc(it.note ?? String(it.value))}</title>` +
      `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="chart-label">${esc(label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="16" class="chart-track"/>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="16" fill="${esc(it.color)}"/>` +
      `<text x="${labelW + barW + 6}" y="${y + 15}" class="chart-note">${esc(it.note ?? String(it.value))}</text></g>`
    );
  });
  const empty = items.length === 0 ? `<text x="4" y="16" class="chart-note">nothing to show</text>` : '';
  return `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows.join('')}${empty}</svg></figure>`;
}

/** Donut chart as inline SVG: one arc per item, the total in the middle, a legend beside. */
export function donutChart(title: string, items: readonly ChartItem[], centre: string): string {
  const r = 52;
  const c = 2 * Math.PI * r;
  const total = items.reduce((s, i) => s + Math.max(0, i.value), 0);
  let offset = 0;
  const arcs = items
    .filter((i) => i.value > 0)
    .map((i) => {
      const len = (c * i.value) / total;
      const arc = `<circle r="${r}" cx="70" cy="70" fill="none" stroke="${esc(i.color)}" stroke-width="22" stroke-dasharray="${len.toFixed(2)} ${(c - len).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 70 70)"><title>${esc(i.label)}: ${i.value}</title></circle>`;
      offset += len;
      return arc;
    });
  const track = `<circle r="${r}" cx="70" cy="70" fill="none" class="chart-track-stroke" stroke-width="22"/>`;
  const legend = items.map((i, n) => `<g transform="translate(160 ${20 + n * 20})"><rect width="12" height="12" fill="${esc(i.color)}"/><text x="18" y="11" class="chart-label-left">${esc(i.label)}: ${i.value}</text></g>`);
  return (
    `<figure class="chart"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 320 140" width="320" height="140">` +
    `${track}${arcs.join('')}<text x="70" y="76" text-anchor="middle" class="chart-centre">${esc(centre)}</text>${legend.join('')}</svg></figure>`
  );
}
