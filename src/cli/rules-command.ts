import pc from 'picocolors';
import { allRules, ruleById } from '../engine/registry.js';
import type { AnyRule } from '../rules/kit/rule.js';
import { UsageError } from '../shared/errors.js';
import { frameworksFor } from '../frameworks/index.js';

const SEVERITY_COLOR: Record<string, (s: string) => string> = { critical: pc.magenta, high: pc.red, medium: pc.yellow, low: pc.blue, info: pc.dim };

function ruleJson(r: AnyRule) {
  return {
    id: r.id, title: r.title, severity: r.severity, provider: r.provider, service: r.service, resourceType: r.resourceType,
    description: r.description, risk: r.risk, remediation: r.remediation, references: r.references, frameworks: frameworksFor(r.id),
  };
}

/** `cloudwarden rules list`. */
export function rulesList(opts: { format?: string; provider?: string; color?: boolean }): string {
  const rules = allRules().filter((r) => !opts.provider || r.provider === opts.provider);
  if (opts.format === 'json') return JSON.stringify({ count: rules.length, rules: rules.map(ruleJson) }, null, 2) + '\n';
  if (opts.format && opts.format !== 'table') throw new UsageError(`--format: "${opts.format}" is not table or json`);
  const color = opts.color ?? Boolean(process.stdout.isTTY);
  const idw = Math.max(...rules.map((r) => r.id.length), 2);
  const lines = rules.map((r) => {
    const sev = r.severity.toUpperCase().padEnd(8);
    return `${r.id.padEnd(idw)}  ${color ? SEVERITY_COLOR[r.severity]!(sev) : sev}  ${r.title}`;
  });
  return [`${'ID'.padEnd(idw)}  SEVERITY  TITLE`, ...lines, '', `${rules.length} rules`, ''].join('\n');
}

/** `cloudwarden rules show ID`. */
export function rulesShow(id: string, opts: { format?: string }): string {
  const r = ruleById(id.toLowerCase());
  if (!r) throw new UsageError(`unknown rule id "${id}" (see: cloudwarden rules list)`);
  if (opts.format === 'json') return JSON.stringify(ruleJson(r), null, 2) + '\n';
  const fw = frameworksFor(r.id);
  const rem = Object.entries(r.remediation).map(([k, v]) => `  ${k}:\n${String(v).split('\n').map((l) => `    ${l}`).join('\n')}`);
  return [
    `${r.id}  [${r.severity}]`, r.title, '', `Resource type: ${r.resourceType}`, '', r.description, '', `Risk: ${r.risk}`, '', 'Remediation:', ...rem, '',
    'References:', ...r.references.map((x) => `  ${x}`),
    ...(fw.length ? ['', 'Frameworks:', ...fw.map((f) => `  ${f.framework} ${f.requirement}`)] : []), '',
  ].join('\n');
}
