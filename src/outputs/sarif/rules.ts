import type { Severity } from '../../model/core/index.js';
import type { Finding } from '../../findings/finding.js';

/** The project page every SARIF log points at for the tool as a whole. */
export const INFORMATION_URI = 'https://github.com/cloudwarden/cloudwarden';

/** SARIF result and rule levels. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** SARIF `level` per severity: what editors and GitHub's non-security view show. */
export const LEVEL: Readonly<Record<Severity, SarifLevel>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/**
 * GitHub's `security-severity` per severity, inside its bands (>= 9.0 critical, 7.0-8.9 high,
 * 4.0-6.9 medium, <= 3.9 low). GitHub has no informational band, so `info` rules carry no score and
 * GitHub ranks them by `level` (note) rather than as low-severity security alerts.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string | undefined>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: undefined };

function pascal(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function remediationText(f: Finding): string[] {
  const r = f.remediation;
  const parts: string[] = [];
  if (r.console) parts.push(`Console: ${r.console}`);
  if (r.cli) parts.push(`CLI: ${r.cli}`);
  if (r.terraform) parts.push(`Terraform:\n${r.terraform}`);
  if (r.cloudformation) parts.push(`CloudFormation:\n${r.cloudformation}`);
  if (r.kubernetes) parts.push(`Kubernetes:\n${r.kubernetes}`);
  return parts;
}

function remediationMarkdown(f: Finding): string[] {
  const r = f.remediation;
  const block = (title: string, lang: string, body: string | undefined): string[] => (body ? [`**${title}**`, '', `\`\`\`${lang}`, body, '```', ''] : []);
  return [
    ...(r.console ? ['**Console**', '', r.console, ''] : []),
    ...block('CLI', 'sh', r.cli),
    ...block('Terraform', 'hcl', r.terraform),
    ...block('CloudFormation', 'yaml', r.cloudformation),
    ...block('Kubernetes', 'yaml', r.kubernetes),
  ];
}

/** A SARIF `reportingDescriptor` built from the rule metadata every finding carries. */
export function ruleDescriptor(f: Finding): Record<string, unknown> {
  const score = SECURITY_SEVERITY[f.severity];
  const frameworks = [...new Set(f.frameworks.map((x) => x.framework))].sort();
  const fix = remediationText(f);
  const refs = f.references.map((u) => `- ${u}`);
  return {
    id: f.ruleId,
    name: pascal(f.ruleId),
    shortDescription: { text: f.title },
    fullDescription: { text: f.description || f.title },
    ...(f.references[0] ? { helpUri: f.references[0] } : {}),
    help: {
      text: [f.description, ...(fix.length ? ['Remediation:', ...fix] : []), ...(refs.length ? ['References:', ...refs] : [])].filter(Boolean).join('\n\n'),
      markdown: [`## ${f.title}`, '', f.description, '', ...(fix.length ? ['### Remediation', '', ...remediationMarkdown(f)] : []), ...(refs.length ? ['### References', '', ...refs] : [])].join('\n'),
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ['security', 'cloud', f.resource.provider, ...frameworks],
      precision: 'high',
      'problem.severity': LEVEL[f.severity] === 'note' ? 'recommendation' : LEVEL[f.severity],
      ...(score !== undefined ? { 'security-severity': score } : {}),
      'cloudwarden-severity': f.severity,
    },
  };
}
