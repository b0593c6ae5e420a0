/**
 * Reading a scan report: the JSON parser that keeps offsets (shared with the Terraform plan reader), so every
 * imported vulnerability points at its line in the report, and typed accessors that never throw on a wrong shape.
 */
import type { ImportProvenance } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import { LineIndex, member, parseJsonPositions, type PJson } from '../../iac/terraform/json-positions.js';

export { member, type PJson };

/** A parsed report with the means to turn offsets into provenance. */
export interface ReportDocument {
  readonly root: PJson;
  prov(node: PJson, pointer: string): ImportProvenance;
}

/** Parses a report's text; a syntax error becomes an input error naming the file, line and column. */
export function parseReport(file: string, format: string, text: string): ReportDocument | InputError {
  const parsed = parseJsonPositions(text);
  const lines = new LineIndex(text);
  if (!parsed.ok) {
    const { line, col } = lines.pos(parsed.offset);
    return { file, line, column: col, message: `not valid JSON: ${parsed.message}` };
  }
  return {
    root: parsed.value,
    prov: (node, pointer) => ({ kind: 'import', file, format, pointer, line: lines.pos(node.start).line }),
  };
}

/** Whether a parse or read result is an error (input errors are the only results with a message). */
export const isInputError = <T extends object>(x: T | InputError): x is InputError => 'message' in x && 'line' in x;

/** A string member, or undefined when absent or not a string. */
export function str(v: PJson | undefined, key: string): string | undefined {
  const m = member(v, key);
  return m?.k === 'lit' && typeof m.value === 'string' ? m.value : undefined;
}

/** A finite number member, or undefined. */
export function num(v: PJson | undefined, key: string): number | undefined {
  const m = member(v, key);
  return m?.k === 'lit' && typeof m.value === 'number' && Number.isFinite(m.value) ? m.value : undefined;
}

/** The items of an array member (empty when absent or not an array). */
export function items(v: PJson | undefined, key: string): readonly PJson[] {
  const m = member(v, key);
  return m?.k === 'arr' ? m.items : [];
}

/** The string items of an array member. */
export function strings(v: PJson | undefined, key: string): string[] {
  return items(v, key).flatMap((x) => (x.k === 'lit' && typeof x.value === 'string' ? [x.value] : []));
}

/** An input error at a node of the report. */
export function errorAt(doc: ReportDocument, node: PJson, file: string, message: string): InputError {
  const p = doc.prov(node, '');
  return { file, line: p.line ?? 1, column: 1, message };
}

/** Scanner severities in Inspector's words (unknown and negligible ratings become UNTRIAGED and INFORMATIONAL). */
export function inspectorSeverity(s: string | undefined): string {
  const v = (s ?? '').toUpperCase();
  if (v === 'CRITICAL' || v === 'HIGH' || v === 'MEDIUM' || v === 'LOW') return v;
  return v === 'NEGLIGIBLE' || v === 'INFO' || v === 'INFORMATIONAL' ? 'INFORMATIONAL' : 'UNTRIAGED';
}
