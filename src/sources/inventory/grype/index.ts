/**
 * Grype image reports (`grype IMAGE -o json`) into the model: the ECR image the report's source names and one
 * `vulnerability.finding` per match. A GHSA (or other non-CVE) match takes the CVE id and CVSS of its related
 * vulnerability when it has one. The exploit flag is true when the match lists CISA KEV entries
 * (`knownExploited`, Grype 0.88 and later); otherwise null, since absence from KEV does not rule an exploit out.
 */
import type { InputError } from '../../../shared/errors.js';
import type { ScannedImage, ScannedVulnerability } from '../container-image/build.js';
import { importImageScans, type ImageScanImportResult, type ReportReader } from '../container-image/import.js';
import { errorAt, inspectorSeverity, items, member, num, str, strings, type PJson, type ReportDocument } from '../container-image/json.js';
import { resolveImage } from '../container-image/resolve.js';

/** The highest CVSS v3 base score of a vulnerability record (v2 when it lists no v3), or null. */
function cvss(v: PJson | undefined): number | null {
  const all = items(v, 'cvss').map((c) => ({ version: str(c, 'version') ?? '', score: num(member(c, 'metrics'), 'baseScore') }));
  const v3 = all.filter((c) => c.version.startsWith('3') && c.score !== undefined).map((c) => c.score!);
  const any = all.filter((c) => c.score !== undefined).map((c) => c.score!);
  const scores = v3.length > 0 ? v3 : any;
  return scores.length > 0 ? Math.max(...scores) : null;
}

function fixAvailable(fix: PJson | undefined): 'YES' | 'NO' | null {
  if (strings(fix, 'versions').length > 0) return 'YES';
  const state = str(fix, 'state');
  return state === 'not-fixed' || state === 'wont-fix' ? 'NO' : state === 'fixed' ? 'YES' : null;
}

function match(doc: ReportDocument, m: PJson, pointer: string): ScannedVulnerability | undefined {
  const v = member(m, 'vulnerability');
  const artifact = member(m, 'artifact');
  const ownId = str(v, 'id');
  const pkg = str(artifact, 'name');
  if (!ownId || !pkg) return undefined;
  const related = items(m, 'relatedVulnerabilities').find((r) => str(r, 'id')?.startsWith('CVE-'));
  const id = ownId.startsWith('CVE-') ? ownId : (str(related, 'id') ?? ownId);
  // KEV entries sit on the CVE record: the match's own, or the related CVE of a GHSA match.
  const listed = (x: PJson | undefined): boolean => items(x, 'knownExploited').length > 0;
  return {
    id,
    title: str(v, 'description')?.split('\n')[0]?.slice(0, 200) ?? null,
    severity: inspectorSeverity(str(v, 'severity')),
    cvss: cvss(v) ?? cvss(related),
    exploitAvailable: listed(v) || listed(related) ? true : null,
    fixAvailable: fixAvailable(member(v, 'fix')),
    packageName: pkg,
    installedVersion: str(artifact, 'version') ?? '',
    fixedVersion: strings(member(v, 'fix'), 'versions')[0] ?? null,
    packageManager: str(artifact, 'type') ?? null,
    prov: doc.prov(m, pointer),
  };
}

/** Reads a parsed Grype report; an error when it is not a Grype JSON report of a container image. */
export const readGrypeReport: ReportReader = (doc, file): ScannedImage | InputError => {
  const root = doc.root;
  if (root.k !== 'obj') return errorAt(doc, root, file, 'not a Grype JSON report: the document is not an object');
  const matches = member(root, 'matches');
  const source = member(root, 'source');
  if (matches?.k !== 'arr' || source?.k !== 'obj') return errorAt(doc, root, file, 'not a Grype JSON report (no matches list and source object)');
  const tool = str(member(root, 'descriptor'), 'name');
  if (tool !== undefined && tool !== 'grype') return errorAt(doc, root, file, `a report of ${tool}, not of grype`);
  const kind = str(source, 'type');
  if (kind !== undefined && kind !== 'image') return errorAt(doc, source, file, `a Grype report of a ${kind}, not of a container image`);
  const target = member(source, 'target');
  const image = resolveImage(str(target, 'userInput'), strings(target, 'repoDigests'), strings(target, 'tags'), str(target, 'manifestDigest'));
  if (!image) return errorAt(doc, source, file, 'the report names no image reference (source.target has no userInput, repoDigests or tags)');
  const vulnerabilities = matches.items.flatMap((m, i) => match(doc, m, `/matches/${i}`) ?? []);
  return { scanner: 'grype', reference: image.reference, tags: image.tags, scannedAt: str(member(root, 'descriptor'), 'timestamp') ?? null, prov: doc.prov(source, '/source'), vulnerabilities };
};

/** `cloudwarden import grype FILE...`. */
export function importGrype(paths: readonly string[]): Promise<ImageScanImportResult> {
  return importImageScans(paths, 'grype', readGrypeReport);
}
