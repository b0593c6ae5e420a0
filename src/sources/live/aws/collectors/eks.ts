/**
 * EKS clusters: API endpoint exposure (public/private access, allowed CIDRs), control-plane log types enabled,
 * and envelope encryption of Kubernetes secrets (an `encryptionConfig` entry covering `secrets`).
 */
import { DescribeClusterCommand, EKSClient, ListClustersCommand, type Cluster } from '@aws-sdk/client-eks';
import type { EksClusterProperties } from '../../../../model/aws/index.js';
import { apiUnknown, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live } from './edge/shared.js';

const LIST = 'eks:ListClusters';
const DESCRIBE = 'eks:DescribeCluster';

function props(ctx: CollectorContext, d: CallResult<Cluster>): EksClusterProperties {
  const v = <U>(f: (c: Cluster) => U) => fromCall(ctx, DESCRIBE, d, f);
  return {
    version: v((c) => c.version ?? ''),
    endpointPublicAccess: v((c) => c.resourcesVpcConfig?.endpointPublicAccess === true),
    endpointPrivateAccess: v((c) => c.resourcesVpcConfig?.endpointPrivateAccess === true),
    publicAccessCidrs: v((c) => [...(c.resourcesVpcConfig?.publicAccessCidrs ?? [])]),
    enabledLogTypes: v((c) => [...new Set((c.logging?.clusterLogging ?? []).filter((s) => s.enabled === true).flatMap((s) => s.types ?? []))]),
    secretsEncryption: v((c) => (c.encryptionConfig ?? []).some((e) => (e.resources ?? []).includes('secrets') && Boolean(e.provider?.keyArn))),
  };
}

export default defineCollector({
  id: 'eks',
  scope: 'regional',
  apiCalls: [LIST, DESCRIBE],
  permissions: [LIST, DESCRIBE],
  emits: ['aws.eks.cluster'],
  async collect(ctx) {
    const eks = ctx.client(EKSClient);
    const names = await ctx.paginate(LIST, async (token) => {
      const o = await eks.send(new ListClustersCommand({ nextToken: token, maxResults: 100 }));
      return { items: o.clusters ?? [], next: o.nextToken };
    });
    if (!names.ok) return;
    await forEachLimited(names.value, 8, async (name) => {
      const arnGuess = `arn:aws:eks:${ctx.region}:${ctx.account}:cluster/${name}`;
      const r = await ctx.call(DESCRIBE, async () => (await eks.send(new DescribeClusterCommand({ name }))).cluster ?? { name }, { resourceId: arnGuess });
      const arn = r.ok ? (r.value.arn ?? arnGuess) : arnGuess;
      // A failed describe still emits the cluster (it exists: ListClusters named it), with unknown attributes.
      const tags = r.ok ? fromCall(ctx, DESCRIBE, r, (c) => ({ ...(c.tags ?? {}) })) : apiUnknown<Readonly<Record<string, string>>>(r, ctx.prov(DESCRIBE));
      ctx.emit(live(ctx, 'aws.eks.cluster', arn, name, LIST, props(ctx, r), tags));
    });
  },
});
