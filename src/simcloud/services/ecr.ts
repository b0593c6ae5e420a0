/**
 * Amazon ECR (awsJson1_1, AmazonEC2ContainerRegistry_V20150921): repositories, their policies and tags, images
 * and scan findings, and the registry's scanning configuration. Repositories live in
 * `regions[<region>].ecr.repositories` in the DescribeRepositories shape, each carrying `policyText`
 * (GetRepositoryPolicy), `tags` and `images` (DescribeImages `imageDetails`, each optionally with the
 * `imageScanFindings` DescribeImageScanFindings returns).
 */
import { regionalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { epochSeconds, listInput, omit, pageOf } from './edge/common.js';

export interface EcrImageState {
  imageDigest: string;
  imageTags?: string[];
  imagePushedAt?: string | number;
  imageSizeInBytes?: number;
  imageScanStatus?: { status?: string; description?: string };
  imageScanFindingsSummary?: { imageScanCompletedAt?: string | number; findingSeverityCounts?: Record<string, number> };
  /** DescribeImageScanFindings' `imageScanFindings` (findings list); its counts fill the summary when absent. */
  imageScanFindings?: { findings?: Record<string, unknown>[]; findingSeverityCounts?: Record<string, number>; imageScanCompletedAt?: string | number };
  [k: string]: unknown;
}

export interface EcrRepositoryState {
  repositoryName: string;
  repositoryArn?: string;
  createdAt?: string | number;
  imageTagMutability?: string;
  imageScanningConfiguration?: { scanOnPush?: boolean };
  encryptionConfiguration?: { encryptionType?: string; kmsKey?: string };
  /** The repository policy JSON (string or object); absent = none. */
  policyText?: string | Record<string, unknown>;
  /** GetLifecyclePolicy's `lifecyclePolicyText` (string or object); absent = none. */
  lifecyclePolicyText?: string | Record<string, unknown>;
  tags?: { Key: string; Value: string }[];
  images?: EcrImageState[];
  [k: string]: unknown;
}

export interface EcrSection {
  repositories: EcrRepositoryState[];
  /** GetRegistryScanningConfiguration's `scanningConfiguration` (default BASIC, no rules). */
  scanningConfiguration?: { scanType?: string; rules?: Record<string, unknown>[] };
}

function section(ctx: CallContext): EcrSection {
  const s = regionalSection<EcrSection>(ctx.account, ctx.region, 'ecr', () => ({ repositories: [] }));
  s.repositories ??= [];
  return s;
}

function arnOf(r: EcrRepositoryState, ctx: CallContext): string {
  return r.repositoryArn ?? `arn:aws:ecr:${ctx.region}:${ctx.account.id}:repository/${r.repositoryName}`;
}

function registryOf(input: Record<string, unknown>, ctx: CallContext): string {
  const id = input.registryId === undefined ? ctx.account.id : String(input.registryId);
  // Cross-account registries are not modelled: the caller sees its own registry only.
  if (id !== ctx.account.id) throw new SimError('RepositoryNotFoundException', `The registry with id '${id}' does not exist or you do not have access to it.`, 400);
  return id;
}

function repo(input: Record<string, unknown>, ctx: CallContext): EcrRepositoryState {
  const registryId = registryOf(input, ctx);
  const name = String(input.repositoryName ?? '');
  const r = section(ctx).repositories.find((x) => x.repositoryName === name);
  if (!r) throw new SimError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${registryId}'`, 400);
  return r;
}

function describeRepo(r: EcrRepositoryState, ctx: CallContext): Record<string, unknown> {
  return {
    ...omit(r, ['policyText', 'tags', 'images']),
    repositoryArn: arnOf(r, ctx),
    registryId: ctx.account.id,
    repositoryUri: `${ctx.account.id}.dkr.ecr.${ctx.region}.amazonaws.com/${r.repositoryName}`,
    createdAt: epochSeconds(r.createdAt ?? '2024-01-01T00:00:00Z'),
    imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
    imageScanningConfiguration: r.imageScanningConfiguration ?? { scanOnPush: false },
    encryptionConfiguration: r.encryptionConfiguration ?? { encryptionType: 'AES256' },
  };
}

function summaryOf(img: EcrImageState): Record<string, unknown> | undefined {
  const s = img.imageScanFindingsSummary ?? img.imageScanFindings;
  if (!s) return undefined;
  const counts = s.findingSeverityCounts ?? countFindings(img.imageScanFindings?.findings ?? []);
  return { imageScanCompletedAt: epochSeconds(s.imageScanCompletedAt), findingSeverityCounts: counts };
}

function countFindings(findings: readonly Record<string, unknown>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) {
    const sev = String(f.severity ?? 'UNDEFINED');
    out[sev] = (out[sev] ?? 0) + 1;
  }
  return out;
}

function describeImage(img: EcrImageState, r: EcrRepositoryState, ctx: CallContext): Record<string, unknown> {
  const summary = summaryOf(img);
  return {
    ...omit(img, ['imageScanFindings', 'imageScanFindingsSummary', 'imagePushedAt']),
    registryId: ctx.account.id,
    repositoryName: r.repositoryName,
    imagePushedAt: epochSeconds(img.imagePushedAt),
    imageScanStatus: img.imageScanStatus ?? (summary ? { status: 'COMPLETE', description: 'The scan was completed successfully.' } : undefined),
    imageScanFindingsSummary: summary,
  };
}

function findImage(r: EcrRepositoryState, id: { imageDigest?: string; imageTag?: string }): EcrImageState | undefined {
  return (r.images ?? []).find((i) => (id.imageDigest ? i.imageDigest === id.imageDigest : (i.imageTags ?? []).includes(id.imageTag ?? '')));
}

export default defineService({
  signingName: 'ecr',
  protocol: 'awsJson1_1',
  targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
  operations: {
    DescribeRepositories(input, ctx) {
      registryOf(input, ctx);
      const names = listInput(input.repositoryNames);
      let items = section(ctx).repositories;
      if (names.length > 0) {
        const missing = names.find((n) => !items.some((r) => r.repositoryName === n));
        if (missing) throw new SimError('RepositoryNotFoundException', `The repository with name '${missing}' does not exist in the registry with id '${ctx.account.id}'`, 400);
        items = items.filter((r) => names.includes(r.repositoryName));
      }
      const { page, next } = pageOf(items, input.nextToken, input.maxResults, { max: 1000, def: 100, badToken: 'InvalidParameterException' });
      return { repositories: page.map((r) => describeRepo(r, ctx)), nextToken: next };
    },
    GetRepositoryPolicy(input, ctx) {
      const r = repo(input, ctx);
      if (r.policyText === undefined || r.policyText === null) {
        throw new SimError('RepositoryPolicyNotFoundException', `Repository policy does not exist for the repository with name '${r.repositoryName}' in the registry with id '${ctx.account.id}'`, 400);
      }
      const policyText = typeof r.policyText === 'string' ? r.policyText : JSON.stringify(r.policyText);
      return { registryId: ctx.account.id, repositoryName: r.repositoryName, policyText };
    },
    GetLifecyclePolicy(input, ctx) {
      const r = repo(input, ctx);
      if (r.lifecyclePolicyText === undefined || r.lifecyclePolicyText === null) {
        throw new SimError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${r.repositoryName}' in the registry with id '${ctx.account.id}'`, 400);
      }
      const lifecyclePolicyText = typeof r.lifecyclePolicyText === 'string' ? r.lifecyclePolicyText : JSON.stringify(r.lifecyclePolicyText);
      return { registryId: ctx.account.id, repositoryName: r.repositoryName, lifecyclePolicyText, lastEvaluatedAt: epochSeconds('2026-01-01T00:00:00Z') };
    },
    DescribeImages(input, ctx) {
      const r = repo(input, ctx);
      const ids = (Array.isArray(input.imageIds) ? input.imageIds : []) as { imageDigest?: string; imageTag?: string }[];
      const images = ids.length > 0 ? ids.map((id) => findImage(r, id) ?? notFoundImage(id, r)) : (r.images ?? []);
      const { page, next } = pageOf(images, input.nextToken, input.maxResults, { max: 1000, def: 100, badToken: 'InvalidParameterException' });
      return { imageDetails: page.map((i) => describeImage(i, r, ctx)), nextToken: next };
    },
    DescribeImageScanFindings(input, ctx) {
      const r = repo(input, ctx);
      const id = (input.imageId ?? {}) as { imageDigest?: string; imageTag?: string };
      const img = findImage(r, id) ?? notFoundImage(id, r);
      const summary = summaryOf(img);
      if (!summary) throw new SimError('ScanNotFoundException', `Image scan does not exist for the image with '${JSON.stringify(id)}' in the repository with name '${r.repositoryName}'`, 400);
      const { page, next } = pageOf(img.imageScanFindings?.findings ?? [], input.nextToken, input.maxResults, { max: 1000, def: 100, badToken: 'InvalidParameterException' });
      return {
        registryId: ctx.account.id,
        repositoryName: r.repositoryName,
        imageId: { imageDigest: img.imageDigest, imageTag: img.imageTags?.[0] },
        imageScanStatus: img.imageScanStatus ?? { status: 'COMPLETE', description: 'The scan was completed successfully.' },
        imageScanFindings: { ...summary, findings: page },
        nextToken: next,
      };
    },
    GetRegistryScanningConfiguration(_input, ctx) {
      const cfg = section(ctx).scanningConfiguration;
      return { registryId: ctx.account.id, scanningConfiguration: { scanType: cfg?.scanType ?? 'BASIC', rules: cfg?.rules ?? [] } };
    },
    ListTagsForResource(input, ctx) {
      const arn = String(input.resourceArn ?? '');
      const r = section(ctx).repositories.find((x) => arnOf(x, ctx) === arn);
      if (!r) throw new SimError('RepositoryNotFoundException', `The repository with ARN '${arn}' does not exist.`, 400);
      return { tags: r.tags ?? [] };
    },
  },
});

function notFoundImage(id: { imageDigest?: string; imageTag?: string }, r: EcrRepositoryState): never {
  throw new SimError('ImageNotFoundException', `The image with imageId ${JSON.stringify(id)} does not exist within the repository with name '${r.repositoryName}'`, 400);
}
