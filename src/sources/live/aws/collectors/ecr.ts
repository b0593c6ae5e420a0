/**
 * ECR repositories (scan on push, tag mutability, encryption, repository and lifecycle policy) and their images (digest,
 * tags, push time, the latest scan's findings per severity).
 *
 * Scan on push is decided by the registry's scanning configuration when one of its rules covers the
 * repository (registry-level rules supersede the repository setting), else by the repository's own setting.
 */
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
  GetLifecyclePolicyCommand,
  GetRepositoryPolicyCommand,
  ListTagsForResourceCommand,
  type ImageDetail,
  type RegistryScanningConfiguration,
  type Repository,
} from '@aws-sdk/client-ecr';
import type { Value } from '../../../../model/core/index.js';
import type { EcrImageProperties, EcrRepositoryProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live, policyFrom, tagRecord } from './edge/shared.js';

const LIST = 'ecr:DescribeRepositories';
const POLICY = 'ecr:GetRepositoryPolicy';
const TAGS = 'ecr:ListTagsForResource';
const IMAGES = 'ecr:DescribeImages';
const REGISTRY = 'ecr:GetRegistryScanningConfiguration';
const LIFECYCLE = 'ecr:GetLifecyclePolicy';

function wildcard(filter: string, name: string): boolean {
  const re = new RegExp(`^${filter.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

/** Whether a registry rule scans this repository on push (or continuously, which includes on push). */
function registryScans(cfg: RegistryScanningConfiguration | undefined, repo: string): boolean {
  return (cfg?.rules ?? []).some(
    (r) => (r.scanFrequency === 'SCAN_ON_PUSH' || r.scanFrequency === 'CONTINUOUS_SCAN') && (r.repositoryFilters ?? []).some((f) => (f.filterType ?? 'WILDCARD') === 'WILDCARD' && wildcard(f.filter ?? '', repo)),
  );
}

function scanOnPush(ctx: CollectorContext, repo: Repository, registry: CallResult<RegistryScanningConfiguration | undefined>): Value<boolean> {
  const own = repo.imageScanningConfiguration?.scanOnPush === true;
  if (!registry.ok) return own ? apiValue(true, ctx.prov(LIST)) : apiUnknown(registry, ctx.prov(REGISTRY));
  if (registryScans(registry.value, repo.repositoryName ?? '')) return apiValue(true, ctx.prov(REGISTRY));
  return apiValue(own, ctx.prov(LIST));
}

function emitImage(ctx: CollectorContext, repoArn: string, img: ImageDetail): void {
  const src = ctx.prov(IMAGES);
  const digest = img.imageDigest ?? '';
  const status = img.imageScanStatus?.status ?? null;
  const counts = img.imageScanFindingsSummary?.findingSeverityCounts;
  const props: EcrImageProperties = {
    repositoryId: apiValue(repoArn, src),
    digest: apiValue(digest, src),
    tags: apiValue([...(img.imageTags ?? [])], src),
    pushedAt: apiValue(img.imagePushedAt ? new Date(img.imagePushedAt).toISOString() : null, src),
    scanStatus: apiValue(status, src),
    findingSeverityCounts: apiValue(status === 'COMPLETE' || (status === null && counts) ? { ...(counts ?? {}) } : null, src),
  };
  const name = `${repoArn.split(':repository/')[1] ?? repoArn}${img.imageTags?.[0] ? `:${img.imageTags[0]}` : `@${digest}`}`;
  ctx.emit(live(ctx, 'aws.ecr.image', `${repoArn}@${digest}`, name, IMAGES, props));
}

async function collectRepo(ctx: CollectorContext, ecr: ECRClient, repo: Repository, registry: CallResult<RegistryScanningConfiguration | undefined>): Promise<void> {
  const arn = repo.repositoryArn!;
  const repositoryName = repo.repositoryName ?? '';
  const about = { resourceId: arn };
  const src = ctx.prov(LIST);
  const policy = await ctx.call(POLICY, async () => (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName }))).policyText, { ...about, expected: ['RepositoryPolicyNotFoundException'] });
  const tags = await ctx.call(TAGS, () => ecr.send(new ListTagsForResourceCommand({ resourceArn: arn })), about);
  const lifecycle = await ctx.call(LIFECYCLE, async () => (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName }))).lifecyclePolicyText, { ...about, expected: ['LifecyclePolicyNotFoundException'] });
  const props: EcrRepositoryProperties = {
    scanOnPush: scanOnPush(ctx, repo, registry),
    imageTagMutability: apiValue(repo.imageTagMutability ?? 'MUTABLE', src),
    encryptionType: apiValue(repo.encryptionConfiguration?.encryptionType ?? 'AES256', src),
    policy: policyFrom(ctx, POLICY, policy),
    lifecyclePolicy: fromCall(ctx, LIFECYCLE, lifecycle, (text) => text !== undefined && text !== ''),
  };
  ctx.emit(live(ctx, 'aws.ecr.repository', arn, repositoryName, LIST, props, fromCall(ctx, TAGS, tags, (o) => tagRecord(o.tags))));

  const images = await ctx.paginate(IMAGES, async (token) => {
    const o = await ecr.send(new DescribeImagesCommand({ repositoryName, nextToken: token, maxResults: 100 }));
    return { items: o.imageDetails ?? [], next: o.nextToken };
  });
  if (images.ok) for (const img of images.value) if (img.imageDigest) emitImage(ctx, arn, img);
}

export default defineCollector({
  id: 'ecr',
  scope: 'regional',
  apiCalls: [LIST, REGISTRY, POLICY, LIFECYCLE, TAGS, IMAGES],
  permissions: [LIST, REGISTRY, POLICY, LIFECYCLE, TAGS, IMAGES],
  emits: ['aws.ecr.repository', 'aws.ecr.image'],
  async collect(ctx) {
    const ecr = ctx.client(ECRClient);
    const repos = await ctx.paginate(LIST, async (token) => {
      const o = await ecr.send(new DescribeRepositoriesCommand({ nextToken: token, maxResults: 100 }));
      return { items: o.repositories ?? [], next: o.nextToken };
    });
    if (!repos.ok) return;
    const registry = repos.value.length === 0 ? ({ ok: true, value: undefined } as const) : await ctx.call(REGISTRY, async () => (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration);
    await forEachLimited(repos.value.filter((r) => r.repositoryArn), 8, (r) => collectRepo(ctx, ecr, r, registry));
  },
});
