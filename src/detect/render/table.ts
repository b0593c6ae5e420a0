import pc from 'picocolors';
import type { DetectionReport } from './json.js';
import { sortDetections } from './json.js';

const PAINT = { critical: (s: string) => pc.bold(pc.red(s)), high: pc.red, medium: pc.yellow, low: pc.cyan, info: pc.dim } as const;

/** Terminal listing: one block per detection, most severe first, then a summary line. */
export function renderDetectionsTable(r: DetectionReport, color: boolean): string {
  const c = pc.createColors(color);
  const paint = (sev: keyof typeof PAINT, s: string) => (color ? PAINT[sev](s) : s);
  const lines: string[] = [];
  for (const d of sortDetections(r.detections)) {
    lines.push(`${paint(d.severity, d.severity.toUpperCase().padEnd(8))} ${c.bold(d.title)}  ${c.dim(d.detectionId)}`);
    lines.push(`         ${d.time}  ${d.principal.type} ${d.principal.name}${d.sourceIp ? `  from ${d.sourceIp}` : ''}${d.account ? `  account ${d.account}` : ''}${d.region ? ` ${d.region}` : ''}`);
    lines.push(`         ${d.message}`);
    const ids = d.events.slice(0, 5).join(', ');
    lines.push(c.dim(`         ${d.mitre.technique} ${d.mitre.techniqueName} · events ${ids}${d.eventCount > 5 ? ` and ${d.eventCount - 5} more` : ''}`));
    lines.push('');
  }
  for (const e of r.errors) lines.push(c.yellow(`input error: ${e.file}${e.record !== undefined ? ` record ${e.record}` : ''}: ${e.message}`));
  const counts = ['critical', 'high', 'medium', 'low', 'info'].map((s) => [s, r.detections.filter((d) => d.severity === s).length] as const).filter(([, n]) => n > 0);
  lines.push(`${r.events.toLocaleString('en')} events read, ${r.detectionsRun} detections run, ${r.detections.length} fired${counts.length ? ` (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})` : ''}${r.errors.length ? `, ${r.errors.length} input errors` : ''}`);
  return `${lines.join('\n')}\n`;
}
