/**
 * Amazon EKS (restJson1): cluster listing and description. Clusters live in `regions[<region>].eks.clusters`
 * in the DescribeCluster `cluster` shape (camelCase, as the API returns it).
 */
import { regionalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { epochSeconds, field, pageOf } from './edge/common.js';

export interface EksClusterState {
  name: string;
  arn?: string;
  version?: string;
  createdAt?: string | number;
  resourcesVpcConfig?: { subnetIds?: string[]; securityGroupIds?: string[]; vpcId?: string; endpointPublicAccess?: boolean; endpointPrivateAccess?: boolean; publicAccessCidrs?: string[] };
  logging?: { clusterLogging?: { types?: string[]; enabled?: boolean }[] };
  encryptionConfig?: { resources?: string[]; provider?: { keyArn?: string } }[];
  tags?: Record<string, string>;
  [k: string]: unknown;
}

export interface EksSection {
  clusters: EksClusterState[];
}

function section(ctx: CallContext): EksSection {
  const s = regionalSection<EksSection>(ctx.account, ctx.region, 'eks', () => ({ clusters: [] }));
  s.clusters ??= [];
  return s;
}

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/** The cluster as DescribeCluster returns it, with the defaults AWS applies to a new cluster. */
function describe(c: EksClusterState, ctx: CallContext): Record<string, unknown> {
  const vpc = c.resourcesVpcConfig ?? {};
  const publicAccess = vpc.endpointPublicAccess ?? true;
  return {
    ...c,
    arn: c.arn ?? `arn:aws:eks:${ctx.region}:${ctx.account.id}:cluster/${c.name}`,
    version: c.version ?? '1.29',
    status: c.status ?? 'ACTIVE',
    createdAt: epochSeconds(c.createdAt ?? '2024-01-01T00:00:00Z'),
    resourcesVpcConfig: {
      ...vpc,
      endpointPublicAccess: publicAccess,
      endpointPrivateAccess: vpc.endpointPrivateAccess ?? false,
      publicAccessCidrs: vpc.publicAccessCidrs ?? (publicAccess ? ['0.0.0.0/0'] : []),
    },
    logging: c.logging ?? { clusterLogging: [{ types: LOG_TYPES, enabled: false }] },
    tags: c.tags ?? {},
  };
}

export default defineService({
  signingName: 'eks',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/clusters', operation: 'ListClusters' },
    { method: 'GET', path: '/clusters/{name}', operation: 'DescribeCluster' },
  ],
  operations: {
    ListClusters(input, ctx) {
      const names = section(ctx).clusters.map((c) => c.name);
      const { page, next } = pageOf(names, field(input, 'nextToken', ctx.http.query), field(input, 'maxResults', ctx.http.query), { max: 100, badToken: 'InvalidParameterException' });
      return { clusters: page, nextToken: next };
    },
    DescribeCluster(input, ctx) {
      const name = field(input, 'name', ctx.http.path) ?? '';
      const c = section(ctx).clusters.find((x) => x.name === name);
      if (!c) throw new SimError('ResourceNotFoundException', `No cluster found for name: ${name}.`, 404);
      return { cluster: describe(c, ctx) };
    },
  },
});
