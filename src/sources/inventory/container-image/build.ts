/**
 * A scanner-neutral reading of a container-image scan report (what the Trivy and Grype readers produce) and its
 * model resources: one `vulnerability.finding` per vulnerable package on the image, and, for an ECR image, one
 * `aws.ecr.image` with what the report knows, so the image rules run on an import alone.
 */
import type { ImportProvenance, Resource, Value } from '../../../model/core/index.js';
import type { EcrImageProperties } from '../../../model/aws/compute.js';
import type { VulnerabilityFindingProperties } from '../../../model/vulnerability.js';
import { ecrRegistry, ecrRepositoryArn, imageUid, type ImageReference } from './reference.js';

/** One vulnerability of one package, as a scanner reported it. */
export interface ScannedVulnerability {
  readonly id: string;
  readonly title: string | null;
  /** Inspector's words: `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`, `INFORMATIONAL`, `UNTRIAGED`. */
  readonly severity: string;
  readonly cvss: number | null;
  /** True when the report says it is exploited (e.g. listed in CISA KEV); null when the report does not say. */
  readonly exploitAvailable: boolean | null;
  /** `YES`, `NO`, or null when the report does not say. */
  readonly fixAvailable: 'YES' | 'NO' | null;
  readonly packageName: string;
  readonly installedVersion: string;
  readonly fixedVersion: string | null;
  readonly packageManager: string | null;
  /** Where in the report the vulnerability is (pointer and line). */
  readonly prov: ImportProvenance;
}

/** What a reader makes of one report file. */
export interface ScannedImage {
  readonly scanner: 'trivy' | 'grype';
  readonly reference: ImageReference;
  /** Every tag the report lists for the image's repository. */
  readonly tags: readonly string[];
  readonly scannedAt: string | null;
  readonly prov: ImportProvenance;
  readonly vulnerabilities: readonly ScannedVulnerability[];
}

const known = <T>(value: T, source: ImportProvenance): Value<T> => ({ kind: 'explicit', value, source });
const notInReport = <T>(what: string, source: ImportProvenance): Value<T> => ({ kind: 'unresolvable', value: undefined, source, reason: `${what} is not in a container-image scan report` });

function vulnerabilityResource(img: ScannedImage, target: string, ecr: boolean, v: ScannedVulnerability): Resource<'vulnerability.finding', VulnerabilityFindingProperties> {
  const src = v.prov;
  const properties: VulnerabilityFindingProperties = {
    scanner: known(img.scanner, src),
    findingType: known('PACKAGE_VULNERABILITY', src),
    title: known(v.title, src),
    vulnerabilityId: known(v.id, src),
    severity: known(v.severity, src),
    cvssScore: known(v.cvss, src),
    inspectorScore: known(null, src),
    exploitAvailable: known(v.exploitAvailable, src),
    fixAvailable: known(v.fixAvailable, src),
    packages: known([{ name: v.packageName, version: v.installedVersion, fixedInVersion: v.fixedVersion, packageManager: v.packageManager }], src),
    // A report lists what is there now; suppression is a decision the scanner's report does not carry.
    status: known('ACTIVE', src),
    resourceType: known(ecr ? 'AWS_ECR_CONTAINER_IMAGE' : 'CONTAINER_IMAGE', src),
    resourceUid: known(target, src),
    firstObservedAt: known(img.scannedAt, src),
    lastObservedAt: known(img.scannedAt, src),
  };
  const ecrReg = ecrRegistry(img.reference.registry);
  return {
    uid: `${img.scanner}:${target}/${v.id}/${v.packageName}@${v.installedVersion}`,
    type: 'vulnerability.finding',
    provider: 'aws',
    ...(ecrReg ? { account: ecrReg.account, region: ecrReg.region } : {}),
    name: `${v.id} in ${v.packageName} ${v.installedVersion}`,
    tags: known({}, src),
    properties,
    origin: { kind: 'import', format: img.scanner, file: src.file },
    source: src,
  };
}

function ecrImageResource(img: ScannedImage, uid: string): Resource<'aws.ecr.image', EcrImageProperties> | undefined {
  const ecr = ecrRegistry(img.reference.registry);
  if (!ecr || !img.reference.digest) return undefined;
  const src = img.prov;
  const repoArn = ecrRepositoryArn(ecr, img.reference.repository);
  const properties: EcrImageProperties = {
    repositoryId: known(repoArn, src),
    digest: known(img.reference.digest, src),
    tags: known([...img.tags], src),
    pushedAt: notInReport('the push time', src),
    scanStatus: notInReport("ECR's own scan status", src),
    findingSeverityCounts: notInReport("ECR's own scan summary", src),
  };
  const tag = img.tags[0];
  return {
    uid,
    type: 'aws.ecr.image',
    provider: 'aws',
    account: ecr.account,
    region: ecr.region,
    name: `${img.reference.repository}${tag ? `:${tag}` : `@${img.reference.digest}`}`,
    tags: notInReport('resource tags', src),
    properties,
    origin: { kind: 'import', format: img.scanner, file: src.file },
    source: src,
  };
}

/** The resources of one report, and a note when the image is not one cloudwarden can match to a live resource. */
export function imageScanResources(img: ScannedImage): { resources: Resource[]; note?: string } {
  const uid = imageUid(img.reference);
  const image = ecrImageResource(img, uid);
  const seen = new Set<string>();
  const resources: Resource[] = image ? [image] : [];
  for (const v of img.vulnerabilities) {
    const r = vulnerabilityResource(img, uid, image !== undefined, v);
    if (seen.has(r.uid)) continue; // the same package found again under another target of the report
    seen.add(r.uid);
    resources.push(r);
  }
  if (image) return { resources };
  const why = ecrRegistry(img.reference.registry) ? 'an ECR image without a digest in the report' : `not an Amazon ECR image (registry ${img.reference.registry})`;
  return { resources, note: `${img.prov.file}: ${uid} is ${why}: ${seen.size} ${seen.size === 1 ? 'vulnerability' : 'vulnerabilities'} imported on that uid, no image rules apply to it` };
}
