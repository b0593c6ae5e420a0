import type { Evidence } from '../model/core/index.js';
import type { InputError } from '../shared/errors.js';
import { redactSecrets, redactValue } from '../shared/redact.js';
import type { Finding } from './finding.js';
import { summarize, type ScanSummary, type SummaryExtra } from './summary.js';

export type { ScanSummary, SummaryExtra } from './summary.js';

/** What was scanned: IaC files, a live account, or an imported inventory export. */
/** `detect`: a threat-detection run over audit logs (its detections, not findings, are what it records). */
export type ScanKind = 'iac' | 'live' | 'import' | 'detect';
/** Every scan kind, for CLI validation. */
export const SCAN_KINDS: readonly ScanKind[] = ['iac', 'live', 'import', 'detect'];

/** The tool name every report carries. */
export const TOOL_NAME = 'cloudwarden';

/** One scan, complete: what every output format renders and what the store returns. */
export interface ScanReport {
  readonly tool: { readonly name: typeof TOOL_NAME; readonly version: string };
  readonly scan: {
    readonly id: string;
    readonly startedAt: string;
    readonly finishedAt: string;
    /** Paths, account ids or export files that were scanned. */
    readonly sources: readonly string[];
    readonly kind: ScanKind;
  };
  readonly summary: ScanSummary;
  readonly errors: readonly InputError[];
  readonly findings: readonly Finding[];
}

/** The parts of a report that {@link buildReport} assembles. */
export interface BuildReportInput {
  readonly version: string;
  readonly id: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly sources: readonly string[];
  readonly kind: ScanKind;
  readonly findings: readonly Finding[];
  readonly errors?: readonly InputError[];
  readonly extra?: SummaryExtra;
}

/** Assembles a report, computing the summary from the findings and `extra`. */
export function buildReport(input: BuildReportInput): ScanReport {
  const { version, id, startedAt, finishedAt, sources, kind, findings, errors = [], extra = {} } = input;
  return {
    tool: { name: TOOL_NAME, version },
    scan: { id, startedAt, finishedAt, sources: [...sources], kind },
    summary: summarize(findings, extra),
    errors: [...errors],
    findings: [...findings],
  };
}

/** Evidence fit to leave the process: sensitive values become `[redacted]`, the rest is scrubbed of secrets. */
export function redactEvidence(e: Evidence): Evidence {
  return { ...e, value: redactValue(e.value, e.sensitive === true) };
}

/**
 * A finding fit to be stored or printed: message, mute reason and evidence pass through the redactor.
 * Idempotent, so the store and every output can apply it without coordinating.
 */
export function redactFinding(f: Finding): Finding {
  return {
    ...f,
    message: redactSecrets(f.message),
    ...(f.muted ? { muted: { ...f.muted, reason: redactSecrets(f.muted.reason) } } : {}),
    evidence: f.evidence.map(redactEvidence),
  };
}

/** An input error with secrets removed from its message (a parse error may quote the offending line). */
export function redactInputError(e: InputError): InputError {
  return { ...e, message: redactSecrets(e.message) };
}

/** The whole report with {@link redactFinding} and {@link redactInputError} applied. */
export function redactReport(r: ScanReport): ScanReport {
  return { ...r, errors: r.errors.map(redactInputError), findings: r.findings.map(redactFinding) };
}
