/**
 * The Kubernetes manifest source: YAML (multi-document) and JSON files, `List` objects, adapted to the
 * `k8s.*` model types that the live cluster collector fills too.
 *
 * Decisions worth knowing:
 * - uid `<file>#<Kind>/<namespace>/<name>`; cluster-scoped kinds (Namespace, ClusterRole, ClusterRoleBinding)
 *   drop the namespace; a repeated id in one file gets `[2]`, `[3]`. A missing namespace is `default`.
 * - YAML is read as 1.1 (what Kubernetes uses), strings keep their written text (`namespace: no` is "no").
 * - `{{ ... }}` template text makes a value unresolvable (rules say unknown), never pass or fail.
 * - A file with a broken document is in `filesFailed`, and also in `filesScanned` when another document parsed.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseAllDocuments, isMap, isScalar } from 'yaml';
import type { Resource } from '../../../model/core/index.js';
import { findInlineSuppressions } from '../suppressions.js';
import { emptyResult, type IacSourceResult } from '../types.js';
import { adaptObject } from './adapt.js';
import { parseManifest } from './manifest.js';

/** Whether any YAML or JSON document of the text is a map with string `apiVersion` and `kind`. */
export function isKubernetesManifest(text: string): boolean {
  if (!text.includes('apiVersion') || !text.includes('kind')) return false;
  try {
    const docs = parseAllDocuments(text, { lineCounter: new LineCounter(), version: '1.1' });
    return docs.some((d) => {
      if (!isMap(d.contents)) return false;
      const a = d.contents.get('apiVersion', true);
      const k = d.contents.get('kind', true);
      return isScalar(a) && isScalar(k) && typeof a.value === 'string' && typeof k.value === 'string' && a.value !== '' && k.value !== '';
    });
  } catch {
    return false;
  }
}

/** Scans one file's text (exported for tests and for callers that already hold the text). */
export function scanKubernetesText(file: string, text: string, into: IacSourceResult): void {
  const parsed = parseManifest(file, text);
  into.errors.push(...parsed.errors);
  if (parsed.errors.length > 0) into.filesFailed.push(file);
  // A file with one broken document still counts as scanned when another document parsed.
  if (parsed.errors.length === 0 || parsed.documentsParsed > 0) into.filesScanned.push(file);
  const seen = new Map<string, number>();
  for (const o of parsed.objects) {
    const r: Resource | undefined = adaptObject(o, seen);
    if (r) into.resources.push(r);
  }
  into.suppressions.push(...findInlineSuppressions(file, text));
}

/**
 * Scans Kubernetes manifests (multi-document YAML, JSON, `List` objects). Documents without
 * `apiVersion`/`kind` are skipped silently; unreadable files and syntax errors become InputErrors.
 */
export async function scanKubernetes(files: string[]): Promise<IacSourceResult> {
  const result = emptyResult('kubernetes');
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      result.errors.push({ file, line: 1, column: 1, message: `cannot read file: ${(e as Error).message}` });
      result.filesFailed.push(file);
      continue;
    }
    scanKubernetesText(file, text.replace(/^\uFEFF/, ''), result);
  }
  return result;
}
