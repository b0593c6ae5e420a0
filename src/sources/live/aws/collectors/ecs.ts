/**
 * Amazon ECS: the latest ACTIVE revision of every task definition family (what new tasks run), clusters
 * with their Container Insights setting, and services with their network configuration. Older revisions are
 * skipped: they are kept forever by ECS, and judging them would report one finding per historical revision.
 */
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
  type ContainerDefinition,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { ApiProvenance, Value } from '../../../../model/core/index.js';
import type { EcsContainerDefinition, EcsTaskDefinitionProperties } from '../../../../model/aws/containers.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { chunks, forEachLimited, fromCall, live, tagRecord } from './edge/shared.js';
import { field } from './data/values.js';

const LIST_TD = 'ecs:ListTaskDefinitions';
const DESCRIBE_TD = 'ecs:DescribeTaskDefinition';
const LIST_CLUSTERS = 'ecs:ListClusters';
const DESCRIBE_CLUSTERS = 'ecs:DescribeClusters';
const LIST_SERVICES = 'ecs:ListServices';
const DESCRIBE_SERVICES = 'ecs:DescribeServices';

/** `arn:...:task-definition/family:7` → [family, 7]. */
function familyRevision(arn: string): [string, number] {
  const m = /task-definition\/(.+):(\d+)$/.exec(arn);
  return m ? [m[1]!, Number(m[2])] : [arn, 0];
}

/** The highest revision of each family among ACTIVE task definition ARNs. */
export function latestRevisions(arns: readonly string[]): string[] {
  const best = new Map<string, [number, string]>();
  for (const arn of arns) {
    const [family, rev] = familyRevision(arn);
    const cur = best.get(family);
    if (!cur || rev > cur[0]) best.set(family, [rev, arn]);
  }
  return [...best.values()].map(([, arn]) => arn);
}

function container(c: ContainerDefinition, src: ApiProvenance, index: number): EcsContainerDefinition {
  const env: Record<string, string> = {};
  for (const e of c.environment ?? []) if (e.name !== undefined) env[e.name] = e.value ?? '';
  return {
    name: c.name ?? `container[${index}]`,
    image: apiValue(c.image ?? null, src),
    privileged: field(c.privileged, false, src),
    user: apiValue(c.user ?? null, src),
    readonlyRootFilesystem: field(c.readonlyRootFilesystem, false, src),
    environment: apiValue(env, src),
    secrets: apiValue((c.secrets ?? []).map((s) => ({ name: s.name ?? '', valueFrom: s.valueFrom ?? '' })), src),
    portMappings: apiValue((c.portMappings ?? []).map((p) => ({ containerPort: p.containerPort ?? null, hostPort: p.hostPort ?? null, protocol: p.protocol ?? 'tcp' })), src),
    logDriver: apiValue(c.logConfiguration?.logDriver ?? null, src),
    capabilitiesAdded: apiValue([...(c.linuxParameters?.capabilities?.add ?? [])], src),
  };
}

function taskProps(ctx: CollectorContext, r: CallResult<TaskDefinition>, family: string, revision: number): EcsTaskDefinitionProperties {
  const src = ctx.prov(DESCRIBE_TD);
  const v = <U>(f: (t: TaskDefinition) => U) => fromCall(ctx, DESCRIBE_TD, r, f);
  return {
    family: apiValue(family, ctx.prov(LIST_TD)),
    revision: apiValue(revision, ctx.prov(LIST_TD)),
    networkMode: v((t) => t.networkMode ?? 'bridge'),
    taskRoleArn: v((t) => t.taskRoleArn ?? null),
    executionRoleArn: v((t) => t.executionRoleArn ?? null),
    containers: r.ok ? apiValue((r.value.containerDefinitions ?? []).map((c, i) => container(c, src, i)), src) : apiUnknown(r, src),
  };
}

async function collectTaskDefinitions(ctx: CollectorContext, ecs: ECSClient): Promise<void> {
  const arns = await ctx.paginate(LIST_TD, async (nextToken) => {
    const o = await ecs.send(new ListTaskDefinitionsCommand({ status: 'ACTIVE', nextToken, maxResults: 100 }));
    return { items: o.taskDefinitionArns ?? [], next: o.nextToken };
  });
  if (!arns.ok) return;
  await forEachLimited(latestRevisions(arns.value), 8, async (arn) => {
    const r = await ctx.call(DESCRIBE_TD, async () => {
      const o = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
      return { td: o.taskDefinition ?? {}, tags: o.tags ?? [] };
    }, { resourceId: arn });
    const [family, revision] = familyRevision(arn);
    const td: CallResult<TaskDefinition> = r.ok ? { ok: true, value: r.value.td } : r;
    const tags: Value<Readonly<Record<string, string>>> = fromCall(ctx, DESCRIBE_TD, r, (x) => tagRecord(x.tags.map((t) => ({ Key: t.key, Value: t.value }))));
    ctx.emit(live(ctx, 'aws.ecs.task-definition', arn, `${family}:${revision}`, LIST_TD, taskProps(ctx, td, family, revision), tags));
  });
}

async function collectServices(ctx: CollectorContext, ecs: ECSClient, cluster: string): Promise<void> {
  const arns = await ctx.paginate(LIST_SERVICES, async (nextToken) => {
    const o = await ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 }));
    return { items: o.serviceArns ?? [], next: o.nextToken };
  });
  if (!arns.ok) return;
  for (const batch of chunks(arns.value, 10)) {
    const r = await ctx.call(DESCRIBE_SERVICES, async () => (await ecs.send(new DescribeServicesCommand({ cluster, services: batch, include: ['TAGS'] }))).services ?? [], { resourceId: cluster });
    for (const arn of batch) {
      const s = r.ok ? r.value.find((x) => x.serviceArn === arn) : undefined;
      const one: CallResult<NonNullable<typeof s>> = r.ok ? (s ? { ok: true, value: s } : { ok: false, reason: 'NotFound', message: `${arn} was not described` }) : r;
      const v = <U>(f: (x: NonNullable<typeof s>) => U) => fromCall(ctx, DESCRIBE_SERVICES, one, f);
      ctx.emit(live(ctx, 'aws.ecs.service', arn, arn.split('/').pop() ?? arn, LIST_SERVICES, {
        cluster: apiValue(cluster, ctx.prov(LIST_CLUSTERS)),
        launchType: v((x) => x.launchType ?? null),
        taskDefinition: v((x) => x.taskDefinition ?? null),
        assignPublicIp: v((x) => x.networkConfiguration?.awsvpcConfiguration?.assignPublicIp === 'ENABLED'),
      }, v((x) => tagRecord((x.tags ?? []).map((t) => ({ Key: t.key, Value: t.value }))))));
    }
  }
}

async function collectClusters(ctx: CollectorContext, ecs: ECSClient): Promise<void> {
  const arns = await ctx.paginate(LIST_CLUSTERS, async (nextToken) => {
    const o = await ecs.send(new ListClustersCommand({ nextToken, maxResults: 100 }));
    return { items: o.clusterArns ?? [], next: o.nextToken };
  });
  if (!arns.ok) return;
  for (const batch of chunks(arns.value, 100)) {
    const r = await ctx.call(DESCRIBE_CLUSTERS, async () => (await ecs.send(new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'TAGS'] }))).clusters ?? []);
    for (const arn of batch) {
      const c = r.ok ? r.value.find((x) => x.clusterArn === arn) : undefined;
      const src = ctx.prov(DESCRIBE_CLUSTERS);
      const insights: Value<string> = !r.ok
        ? apiUnknown(r, src)
        : field(c?.settings?.find((s) => s.name === 'containerInsights')?.value, 'disabled', src, 'no containerInsights setting reported');
      const tags = r.ok ? apiValue(tagRecord((c?.tags ?? []).map((t) => ({ Key: t.key, Value: t.value }))), src) : apiUnknown<Readonly<Record<string, string>>>(r, src);
      ctx.emit(live(ctx, 'aws.ecs.cluster', arn, arn.split('/').pop() ?? arn, LIST_CLUSTERS, { containerInsights: insights }, tags));
    }
  }
  await forEachLimited(arns.value, 4, (arn) => collectServices(ctx, ecs, arn));
}

export default defineCollector({
  id: 'ecs',
  scope: 'regional',
  apiCalls: [LIST_TD, DESCRIBE_TD, LIST_CLUSTERS, DESCRIBE_CLUSTERS, LIST_SERVICES, DESCRIBE_SERVICES],
  permissions: [LIST_TD, DESCRIBE_TD, LIST_CLUSTERS, DESCRIBE_CLUSTERS, LIST_SERVICES, DESCRIBE_SERVICES],
  emits: ['aws.ecs.task-definition', 'aws.ecs.cluster', 'aws.ecs.service'],
  async collect(ctx) {
    const ecs = ctx.client(ECSClient);
    await collectTaskDefinitions(ctx, ecs);
    await collectClusters(ctx, ecs);
  },
});
