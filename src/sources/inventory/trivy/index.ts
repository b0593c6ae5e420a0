/**
 * Trivy image reports (`trivy image --format json`, schema version 2) into the model: the ECR image the report
 * names and one `vulnerability.finding` per vulnerable package. Trivy carries no exploit flag, so
 * `exploitAvailable` is null (unknown) on every finding; the fix flag comes from FixedVersion and Status.
 */
import type { InputError } from '../../../shared/errors.js';
import type { ScannedImage, ScannedVulnerability } from '../container-image/build.js';
import { importImageScans, type ImageScanImportResult, type ReportReader } from '../container-image/import.js';
import { errorAt, inspectorSeverity, items, member, num, str, strings, type PJson, type ReportDocument } from '../container-image/json.js';
import { resolveImage } from '../container-image/resolve.js';

/** Status values under which Trivy says no fix will come (or none exists yet). */
const NO_FIX = new Set(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life']);

/** The highest CVSS v3 score any source lists (v2 when no source has v3), or null. */
function cvss(v: PJson): number | null {
  const byVendor = member(v, 'CVSS');
  if (byVendor?.k !== 'obj') return null;
  const v3 = byVendor.entries.map((e) => num(e.value, 'V3Score')).filter((s): s is number => s !== undefined);
  const v2 = byVendor.entries.map((e) => num(e.value, 'V2Score')).filter((s): s is number => s !== undefined);
  const scores = v3.length > 0 ? v3 : v2;
  return scores.length > 0 ? Math.max(...scores) : null;
}

function vulnerability(doc: ReportDocument, v: PJson, pointer: string, packageManager: string | null): ScannedVulnerability | undefined {
  const id = str(v, 'VulnerabilityID');
  const pkg = str(v, 'PkgName');
  if (!id || !pkg) return undefined;
  const fixed = str(v, 'FixedVersion') || null;
  const status = str(v, 'Status')?.toLowerCase();
  return {
    id,
    title: str(v, 'Title') ?? null,
    severity: inspectorSeverity(str(v, 'Severity')),
    cvss: cvss(v),
    exploitAvailable: null,
    fixAvailable: fixed ? 'YES' : status !== undefined && NO_FIX.has(status) ? 'NO' : null,
    packageName: pkg,
    installedVersion: str(v, 'InstalledVersion') ?? '',
    fixedVersion: fixed,
    packageManager,
    prov: doc.prov(v, pointer),
  };
}

/** Reads a parsed Trivy report; an error when it is not a schema-version-2 image report. */
export const readTrivyReport: ReportReader = (doc, file): ScannedImage | InputError => {
  const root = doc.root;
  if (root.k !== 'obj') return errorAt(doc, root, file, 'not a Trivy JSON report: the document is not an object');
  const version = num(root, 'SchemaVersion');
  if (version !== 2) return errorAt(doc, member(root, 'SchemaVersion') ?? root, file, `not a Trivy JSON report of schema version 2 (SchemaVersion is ${version ?? 'missing'})`);
  const artifact = str(root, 'ArtifactName');
  const results = member(root, 'Results');
  if (artifact === undefined) return errorAt(doc, root, file, 'not a Trivy image report: ArtifactName is missing');
  if (results !== undefined && results.k !== 'arr') return errorAt(doc, results, file, 'not a Trivy JSON report: Results is not a list');
  const type = str(root, 'ArtifactType');
  if (type !== undefined && type !== 'container_image') return errorAt(doc, root, file, `a Trivy report of a ${type}, not of a container image`);
  const meta = member(root, 'Metadata');
  const image = resolveImage(artifact, strings(meta, 'RepoDigests'), strings(meta, 'RepoTags'));
  if (!image) return errorAt(doc, member(root, 'ArtifactName')!, file, `the report names no image reference (ArtifactName "${artifact}", no RepoDigests or RepoTags)`);
  const vulnerabilities: ScannedVulnerability[] = [];
  items(root, 'Results').forEach((result, ri) => {
    const manager = str(result, 'Type') ?? null;
    items(result, 'Vulnerabilities').forEach((v, vi) => {
      const sv = vulnerability(doc, v, `/Results/${ri}/Vulnerabilities/${vi}`, manager);
      if (sv) vulnerabilities.push(sv);
    });
  });
  return { scanner: 'trivy', reference: image.reference, tags: image.tags, scannedAt: str(root, 'CreatedAt') ?? null, prov: doc.prov(root, ''), vulnerabilities };
};

/** `cloudwarden import trivy FILE...`. */
export function importTrivy(paths: readonly string[]): Promise<ImageScanImportResult> {
  return importImageScans(paths, 'trivy', readTrivyReport);
}
