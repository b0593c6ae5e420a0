import { isAbsolute, relative, sep } from 'node:path';
import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import { prepareReport, resourceLabel } from '../common.js';
import { INFORMATION_URI, LEVEL, ruleDescriptor } from './rules.js';

export { SECURITY_SEVERITY, LEVEL } from './rules.js';

/** Options of the SARIF format. */
export interface SarifOptions {
  /** Absolute file paths are made relative to this (default: the working directory). */
  readonly srcRoot?: string;
  /**
   * Also emit `unknown` findings as results (`kind: "review"`, `level: "none"`). Off by default:
   * GitHub would raise each as an alert at the rule's security severity, which overstates "could not
   * tell". By default unknown findings go to the run's tool notifications instead (level note).
   */
  readonly includeUnknown?: boolean;
  readonly indent?: number;
  /** The tool's home page in `tool.driver.informationUri`. */
  readonly informationUri?: string;
}

/** The schema URI written in `$schema`; GitHub and editors recognize this one. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'cloudwardenFingerprint/v1';

/** A relative, percent-encoded URI under `%SRCROOT%`, or a `file://` URI for paths outside the root. */
function artifactLocation(file: string, root: string): Record<string, string> {
  let p = file;
  if (isAbsolute(p)) {
    const rel = relative(root, p);
    if (rel.startsWith('..') || isAbsolute(rel)) return { uri: `file://${p.split(sep).map(encodeURIComponent).join('/')}` };
    p = rel;
  }
  const segments = p.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function locations(f: Finding, root: string): Record<string, unknown>[] {
  const logical = [{ fullyQualifiedName: resourceLabel(f), kind: 'resource' }];
  if (!f.location) return [{ logicalLocations: logical }];
  const l = f.location;
  const region = { startLine: l.startLine, endLine: Math.max(l.endLine, l.startLine), ...(l.startColumn ? { startColumn: l.startColumn } : {}) };
  return [{ physicalLocation: { artifactLocation: artifactLocation(l.file, root), region }, logicalLocations: logical }];
}

function messageOf(f: Finding): string {
  const prefix = f.status === 'unknown' ? 'Could not be determined: ' : '';
  return `${prefix}${f.message} (${f.resource.type} ${resourceLabel(f)})`;
}

function result(f: Finding, ruleIndex: number, root: string): Record<string, unknown> {
  const fail = f.status === 'fail';
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: fail ? 'fail' : 'review',
    level: fail ? LEVEL[f.severity] : 'none',
    message: { text: messageOf(f) },
    locations: locations(f, root),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.muted
      ? { suppressions: [{ kind: f.muted.by === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: f.muted.reason }] }
      : {}),
    properties: {
      severity: f.severity,
      status: f.status,
      // The rule's security-severity stays the severity's (GitHub ranks alerts by it); the risk score adds context.
      riskScore: f.risk?.score ?? 0,
      ...(f.risk && f.risk.factors.length > 0 ? { riskFactors: f.risk.factors } : {}),
      resource: { id: f.resource.id, type: f.resource.type, name: f.resource.name, ...(f.resource.account ? { account: f.resource.account } : {}), ...(f.resource.region ? { region: f.resource.region } : {}) },
      ...(f.evidence.length ? { evidence: f.evidence.map((e) => ({ path: e.path, value: e.value, kind: e.kind })) } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and IDEs. Results are the `fail` findings (muted ones carry a
 * suppression, so GitHub shows them as dismissed); `unknown` findings become tool notifications
 * unless `includeUnknown`; parse errors become error notifications. Live findings have only a
 * logical location (the resource): GitHub upload is meant for IaC scans.
 */
export function render(report: ScanReport, opts: SarifOptions = {}): string {
  const r = prepareReport(report);
  const root = opts.srcRoot ?? process.cwd();
  const ruleIds = [...new Set(r.findings.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const firstOf = new Map<string, Finding>();
  for (const f of r.findings) if (!firstOf.has(f.ruleId)) firstOf.set(f.ruleId, f);

  const emitted = r.findings.filter((f) => f.status === 'fail' || (opts.includeUnknown && f.status === 'unknown'));
  const notified = opts.includeUnknown ? [] : r.findings.filter((f) => f.status === 'unknown');
  const notifications = [
    ...r.errors.map((e) => ({
      level: 'error',
      message: { text: e.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, root), region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) } } }],
      descriptor: { id: 'cloudwarden-parse-error' },
    })),
    ...notified.map((f) => ({
      level: 'note',
      message: { text: messageOf(f) },
      locations: locations(f, root),
      associatedRule: { id: f.ruleId, index: index.get(f.ruleId)! },
      properties: { status: 'unknown', fingerprint: f.fingerprint, ...(f.muted ? { muted: true, muteReason: f.muted.reason } : {}) },
    })),
  ];

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(r.tool.version) ? r.tool.version : undefined,
            informationUri: opts.informationUri ?? INFORMATION_URI,
            rules: ruleIds.map((id) => ruleDescriptor(firstOf.get(id)!)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(r.scan.startedAt ? { startTimeUtc: r.scan.startedAt } : {}),
            ...(r.scan.finishedAt ? { endTimeUtc: r.scan.finishedAt } : {}),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'unicodeCodePoints',
        results: emitted.map((f) => result(f, index.get(f.ruleId)!, root)),
        properties: { scanId: r.scan.id, kind: r.scan.kind, sources: r.scan.sources, summary: r.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, opts.indent ?? 2)}\n`;
}
