/**
 * Renders graph answers (paths, escalations, who-can lists) as a table, JSON, Graphviz dot or Mermaid. Every
 * answer is first reduced to rows (for tables and JSON) and labelled edges (for the two diagram formats), so the
 * four formats always show the same facts.
 */
export const GRAPH_FORMATS = ['table', 'json', 'dot', 'mermaid'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** An answer: JSON as given, a table of rows, and the diagram edges. */
export interface GraphAnswer {
  readonly json: unknown;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly edges: readonly DiagramEdge[];
  /** Printed under the table (e.g. each path's steps). */
  readonly notes?: readonly string[];
}

function table(a: GraphAnswer): string {
  const notes = a.notes && a.notes.length > 0 ? a.notes.join('\n') : '';
  if (a.rows.length === 0) return `${notes || 'nothing found'}\n`;
  const widths = a.columns.map((c, i) => Math.min(60, Math.max(c.length, ...a.rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(a.columns), line(widths.map((w) => '-'.repeat(w))), ...a.rows.map(line)];
  return `${out.join('\n')}\n${notes ? `\n${notes}\n` : ''}`;
}

const dotQuote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function dot(edges: readonly DiagramEdge[]): string {
  const lines = ['digraph cloudwarden {', '  rankdir=LR;', '  node [shape=box];'];
  for (const e of dedupe(edges)) lines.push(`  ${dotQuote(e.from)} -> ${dotQuote(e.to)} [label=${dotQuote(e.label)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function mermaid(edges: readonly DiagramEdge[]): string {
  const ids = new Map<string, string>();
  const id = (label: string): string => {
    let x = ids.get(label);
    if (!x) ids.set(label, (x = `n${ids.size}`));
    return x;
  };
  // Mermaid labels cannot hold quotes or brackets unescaped; #quot; is its entity for a double quote.
  const text = (s: string) => s.replace(/"/g, '#quot;');
  const body = dedupe(edges).map((e) => `  ${id(e.from)}["${text(e.from)}"] -->|"${text(e.label)}"| ${id(e.to)}["${text(e.to)}"]`);
  return `${['flowchart LR', ...body].join('\n')}\n`;
}

function dedupe(edges: readonly DiagramEdge[]): DiagramEdge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const k = `${e.from}\u0000${e.to}\u0000${e.label}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function renderAnswer(a: GraphAnswer, format: GraphFormat): string {
  switch (format) {
    case 'table': return table(a);
    case 'json': return `${JSON.stringify(a.json, null, 2)}\n`;
    case 'dot': return dot(a.edges);
    case 'mermaid': return mermaid(a.edges);
  }
}
