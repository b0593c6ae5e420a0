/** One Inspector finding as an `aws.inspector2.finding` resource. */
import type { Finding, Resource as InspectorResource } from '@aws-sdk/client-inspector2';
import type { VulnerabilityFindingProperties, VulnerablePackage } from '../../../../../model/vulnerability.js';
import { apiValue, type CollectorContext, liveOrigin, noTags } from '../../collector.js';
import { instanceUid, iso } from '../data/values.js';

/**
 * The uid the owning collector gives the affected resource: the EC2 instance's ARN-like uid, the ECR image
 * `arn:aws:ecr:<region>:<account>:repository/<repo>@<digest>`, the unqualified Lambda function ARN.
 */
export function affectedUid(r: InspectorResource, account: string, fallbackRegion: string): string {
  const region = r.region ?? fallbackRegion;
  const id = r.id ?? '';
  switch (r.type) {
    case 'AWS_EC2_INSTANCE':
      return id.startsWith('arn:') ? id : instanceUid(region, account, id);
    case 'AWS_ECR_CONTAINER_IMAGE': {
      const img = r.details?.awsEcrContainerImage;
      // The partition comes from the resource ARN when there is one: China and GovCloud repositories are not `arn:aws:`.
      const partition = /^arn:([^:]+):/.exec(id)?.[1] ?? 'aws';
      if (img?.repositoryName && img.imageHash) return `arn:${partition}:ecr:${region}:${account}:repository/${img.repositoryName}@${img.imageHash}`;
      // The id is `arn:aws:ecr:<region>:<account>:repository/<repo>/sha256:<hex>`.
      const m = /^(arn:[^:]+:ecr:[^:]*:[^:]*:repository\/.+)\/(sha256:[0-9a-f]+)$/.exec(id);
      return m ? `${m[1]}@${m[2]}` : id;
    }
    case 'AWS_LAMBDA_FUNCTION': {
      // Inspector qualifies the ARN with a version (`:$LATEST`); the Lambda collector's uid is unqualified.
      const parts = id.split(':');
      return parts.length > 7 ? parts.slice(0, 7).join(':') : id;
    }
    default:
      return id;
  }
}

function packages(f: Finding): VulnerablePackage[] {
  return (f.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => ({
    name: p.name ?? '',
    version: p.version ?? '',
    fixedInVersion: p.fixedInVersion && p.fixedInVersion !== 'NotAvailable' ? p.fixedInVersion : null,
    packageManager: p.packageManager ?? null,
  }));
}

function cvss(f: Finding): number | null {
  const scores = (f.packageVulnerabilityDetails?.cvss ?? []).map((c) => c.baseScore).filter((s): s is number => typeof s === 'number');
  return scores.length > 0 ? Math.max(...scores) : null;
}

export function emitFinding(ctx: CollectorContext, f: Finding, call: string): void {
  const src = ctx.prov(call);
  const res: InspectorResource = f.resources?.[0] ?? { type: undefined, id: undefined };
  const account = f.awsAccountId ?? ctx.account;
  const properties: VulnerabilityFindingProperties = {
    scanner: apiValue('inspector2', src),
    findingType: apiValue(f.type ?? 'PACKAGE_VULNERABILITY', src),
    title: apiValue(f.title ?? null, src),
    vulnerabilityId: apiValue(f.packageVulnerabilityDetails?.vulnerabilityId ?? null, src),
    severity: apiValue(f.severity ?? 'UNTRIAGED', src),
    cvssScore: apiValue(cvss(f), src),
    inspectorScore: apiValue(f.inspectorScore ?? null, src),
    exploitAvailable: apiValue(f.exploitAvailable === 'YES' ? true : f.exploitAvailable === 'NO' ? false : null, src),
    fixAvailable: apiValue(f.fixAvailable ?? null, src),
    packages: apiValue(packages(f), src),
    status: apiValue(f.status ?? 'ACTIVE', src),
    resourceType: apiValue(res.type ?? 'OTHER', src),
    resourceUid: apiValue(affectedUid(res, account, ctx.region), src),
    firstObservedAt: apiValue(iso(f.firstObservedAt), src),
    lastObservedAt: apiValue(iso(f.lastObservedAt), src),
  };
  const uid = f.findingArn ?? `arn:aws:inspector2:${ctx.region}:${account}:finding/${properties.vulnerabilityId.value ?? 'unknown'}`;
  ctx.emit({
    uid,
    type: 'vulnerability.finding',
    provider: 'aws',
    account,
    region: ctx.region,
    name: `${properties.vulnerabilityId.value ?? f.title ?? 'finding'} on ${res.id ?? 'resource'}`,
    tags: noTags(src),
    properties,
    origin: liveOrigin(call),
    source: src,
  });
}
