/**
 * Amazon ECS (awsJson1_1, target prefix `AmazonEC2ContainerServiceV20141113`): task definitions, clusters and
 * services, read-only. World state in `regions[<region>].ecs` uses the API's own shapes (camelCase):
 * `taskDefinitions` as DescribeTaskDefinition's `taskDefinition`, `clusters` as DescribeClusters' items and
 * `services` as DescribeServices' items with `clusterName` naming their cluster.
 * ListTaskDefinitions / ListClusters / ListServices page with `maxResults` (1-100) and `nextToken`.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { epoch, sectionOf, str } from './data/common.js';
import { pageOf } from './edge/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].ecs`. */
export interface EcsSection {
  taskDefinitions: Shape[];
  clusters: Shape[];
  services: Shape[];
}

export function emptyEcs(): EcsSection {
  return { taskDefinitions: [], clusters: [], services: [] };
}

/** What the API always returns, for resources a world file gives without it. */
function normalize(s: EcsSection, ctx: CallContext): void {
  const prefix = `arn:aws:ecs:${ctx.region}:${ctx.account.id}`;
  for (const t of s.taskDefinitions) {
    t.revision ??= 1;
    t.taskDefinitionArn ??= `${prefix}:task-definition/${String(t.family)}:${String(t.revision)}`;
    t.status ??= 'ACTIVE';
    t.containerDefinitions ??= [];
    // ECS reports bridge for EC2 task definitions registered without a network mode.
    t.networkMode ??= 'bridge';
  }
  for (const c of s.clusters) {
    c.clusterArn ??= `${prefix}:cluster/${String(c.clusterName)}`;
    c.status ??= 'ACTIVE';
    c.settings ??= [{ name: 'containerInsights', value: 'disabled' }];
    c.tags ??= [];
  }
  for (const v of s.services) {
    const cluster = String(v.clusterName ?? 'default');
    v.clusterArn ??= `${prefix}:cluster/${cluster}`;
    v.serviceArn ??= `${prefix}:service/${cluster}/${String(v.serviceName)}`;
    v.status ??= 'ACTIVE';
    v.launchType ??= 'FARGATE';
  }
}

function section(ctx: CallContext): EcsSection {
  return sectionOf(ctx, 'ecs', emptyEcs, normalize);
}

function page<T>(items: readonly T[], input: Shape): { page: T[]; next: string | undefined } {
  return pageOf(items, input.nextToken, input.maxResults, { max: 100, badToken: 'InvalidParameterException' });
}

/** A cluster by name or ARN (the default cluster when none is named). */
function clusterOf(ctx: CallContext, ref: string | undefined): Shape | undefined {
  const name = ref ?? 'default';
  return section(ctx).clusters.find((c) => c.clusterName === name || c.clusterArn === name);
}

export default defineService({
  signingName: 'ecs',
  protocol: 'awsJson1_1',
  targetPrefix: 'AmazonEC2ContainerServiceV20141113',
  operations: {
    ListTaskDefinitions(input, ctx) {
      const status = str(input, 'status') ?? 'ACTIVE';
      const family = str(input, 'familyPrefix');
      const arns = section(ctx).taskDefinitions
        .filter((t) => t.status === status && (family === undefined || String(t.family).startsWith(family)))
        .map((t) => String(t.taskDefinitionArn));
      const p = page(arns, input);
      return { taskDefinitionArns: p.page, nextToken: p.next };
    },
    DescribeTaskDefinition(input, ctx) {
      const ref = str(input, 'taskDefinition');
      if (ref === undefined) throw new SimError('ClientException', 'taskDefinition is required.');
      const list = section(ctx).taskDefinitions;
      // `family` alone means its latest ACTIVE revision; `family:rev` and the ARN name one revision.
      const t = list.find((x) => x.taskDefinitionArn === ref || `${String(x.family)}:${String(x.revision)}` === ref)
        ?? list.filter((x) => x.family === ref && x.status === 'ACTIVE').sort((a, b) => Number(b.revision) - Number(a.revision))[0];
      if (!t) throw new SimError('ClientException', 'Unable to describe task definition.');
      const { tags, ...td } = t;
      const include = Array.isArray(input.include) ? input.include : [];
      return { taskDefinition: { ...td, registeredAt: epoch(td.registeredAt ?? '2026-01-01T00:00:00Z') }, ...(include.includes('TAGS') ? { tags: tags ?? [] } : {}) };
    },
    ListClusters(input, ctx) {
      const p = page(section(ctx).clusters.map((c) => String(c.clusterArn)), input);
      return { clusterArns: p.page, nextToken: p.next };
    },
    DescribeClusters(input, ctx) {
      const refs = Array.isArray(input.clusters) ? input.clusters.map(String) : ['default'];
      if (refs.length > 100) throw new SimError('InvalidParameterException', 'clusters can have at most 100 items.');
      const include = Array.isArray(input.include) ? input.include : [];
      const clusters: Shape[] = [];
      const failures: Shape[] = [];
      for (const ref of refs) {
        const c = clusterOf(ctx, ref);
        if (!c) failures.push({ arn: ref, reason: 'MISSING' });
        else {
          const { settings, tags, ...rest } = c;
          clusters.push({ ...rest, ...(include.includes('SETTINGS') ? { settings } : {}), ...(include.includes('TAGS') ? { tags } : {}) });
        }
      }
      return { clusters, failures };
    },
    ListServices(input, ctx) {
      const c = clusterOf(ctx, str(input, 'cluster'));
      if (!c) throw new SimError('ClusterNotFoundException', 'Cluster not found.');
      const arns = section(ctx).services.filter((s) => s.clusterArn === c.clusterArn).map((s) => String(s.serviceArn));
      const p = pageOf(arns, input.nextToken, input.maxResults, { max: 100, def: 10, badToken: 'InvalidParameterException' });
      return { serviceArns: p.page, nextToken: p.next };
    },
    DescribeServices(input, ctx) {
      const c = clusterOf(ctx, str(input, 'cluster'));
      if (!c) throw new SimError('ClusterNotFoundException', 'Cluster not found.');
      const refs = Array.isArray(input.services) ? input.services.map(String) : [];
      if (refs.length === 0 || refs.length > 10) throw new SimError('InvalidParameterException', 'services must have between 1 and 10 items.');
      const services: Shape[] = [];
      const failures: Shape[] = [];
      for (const ref of refs) {
        const s = section(ctx).services.find((x) => x.clusterArn === c.clusterArn && (x.serviceArn === ref || x.serviceName === ref));
        if (!s) failures.push({ arn: ref, reason: 'MISSING' });
        else {
          const { clusterName: _cluster, ...rest } = s;
          services.push({ ...rest, createdAt: epoch(rest.createdAt ?? '2026-01-01T00:00:00Z') });
        }
      }
      return { services, failures };
    },
  },
});
