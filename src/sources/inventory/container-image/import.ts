/**
 * `cloudwarden import trivy|grype FILE...`: each report file is read on its own, so a bad file becomes an input
 * error naming it (with the line of a JSON syntax error) and the others still import.
 */
import { readFile } from 'node:fs/promises';
import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import type { InventoryImportResult } from '../types.js';
import { imageScanResources, type ScannedImage } from './build.js';
import { isInputError, parseReport, type ReportDocument } from './json.js';

/** Turns one parsed report into the scanned image, or an input error when it is not that scanner's report. */
export type ReportReader = (doc: ReportDocument, file: string) => ScannedImage | InputError;

/** The import result plus notes for the user (images no collector produces). */
export interface ImageScanImportResult extends InventoryImportResult {
  readonly notes: readonly string[];
}

/** Reads one report's text into resources; pure apart from nothing (the fuzz tests drive it directly). */
export function importReportText(file: string, format: string, text: string, read: ReportReader): { resources: Resource[]; note?: string } | InputError {
  const doc = parseReport(file, format, text);
  if (isInputError(doc)) return doc;
  const image = read(doc, file);
  return isInputError(image) ? image : imageScanResources(image);
}

/** Imports every report file; resources that two reports share (the same image scanned twice) are kept once, the later wins. */
export async function importImageScans(paths: readonly string[], format: 'trivy' | 'grype', read: ReportReader): Promise<ImageScanImportResult> {
  const byUid = new Map<string, Resource>();
  const errors: InputError[] = [];
  const notes: string[] = [];
  const filesScanned: string[] = [];
  const filesFailed: string[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      errors.push({ file, line: 0, column: 0, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      filesFailed.push(file);
      continue;
    }
    const out = importReportText(file, format, text, read);
    if ('message' in out) {
      errors.push(out);
      filesFailed.push(file);
      continue;
    }
    filesScanned.push(file);
    for (const r of out.resources) byUid.set(r.uid, r);
    if (out.note) notes.push(out.note);
  }
  return { format, resources: [...byUid.values()], errors, filesScanned, filesFailed, unmappedTypes: {}, skippedRecords: 0, notes };
}
