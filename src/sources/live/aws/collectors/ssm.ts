/**
 * AWS Systems Manager managed instances and their Patch Manager state. Patch states are asked for in batches
 * of 50 instance ids (the API's limit); an instance Patch Manager never reported on gets
 * `patchStateReported: false` and null counts, and a failed batch leaves its instances' counts unknown.
 */
import { DescribeInstanceInformationCommand, DescribeInstancePatchStatesCommand, SSMClient, type InstanceInformation, type InstancePatchState } from '@aws-sdk/client-ssm';
import type { ApiProvenance, Value } from '../../../../model/core/index.js';
import type { SsmManagedInstanceProperties } from '../../../../model/aws/operations.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext, liveOrigin } from '../collector.js';
import { instanceUid, iso } from './data/values.js';

const LIST = 'ssm:DescribeInstanceInformation';
const PATCH = 'ssm:DescribeInstancePatchStates';
const BATCH = 50;

type PatchLookup = CallResult<Map<string, InstancePatchState>>;

async function patchStates(ctx: CollectorContext, ssm: SSMClient, ids: readonly string[]): Promise<Map<string, PatchLookup>> {
  const out = new Map<string, PatchLookup>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const r = await ctx.paginate<InstancePatchState>(PATCH, async (NextToken) => {
      const page = await ssm.send(new DescribeInstancePatchStatesCommand({ InstanceIds: batch, NextToken, MaxResults: 50 }));
      return { items: page.InstancePatchStates ?? [], next: page.NextToken };
    });
    const lookup: PatchLookup = r.ok ? { ok: true, value: new Map(r.value.map((s) => [s.InstanceId ?? '', s])) } : r;
    for (const id of batch) out.set(id, lookup);
  }
  return out;
}

/** A patch-state field: unknown if the lookup failed, null if no state was reported. */
function patchField<T>(lookup: PatchLookup | undefined, id: string, src: ApiProvenance, read: (s: InstancePatchState) => T | undefined): Value<T | null> {
  if (!lookup) return apiUnknown({ reason: 'NotCollected', message: 'no patch state lookup was made' }, src);
  if (!lookup.ok) return apiUnknown(lookup, src);
  const s = lookup.value.get(id);
  return apiValue(s ? (read(s) ?? null) : null, src);
}

function emit(ctx: CollectorContext, info: InstanceInformation, lookup: PatchLookup | undefined): void {
  const src = ctx.prov(LIST);
  const psrc = ctx.prov(PATCH);
  const id = info.InstanceId ?? '';
  const ec2 = info.ResourceType === 'EC2Instance' || id.startsWith('i-');
  const properties: SsmManagedInstanceProperties = {
    instanceId: apiValue(id, src),
    instanceUid: apiValue(ec2 ? instanceUid(ctx.region, ctx.account, id) : null, src),
    pingStatus: apiValue(info.PingStatus ?? 'Inactive', src),
    lastPingTime: apiValue(iso(info.LastPingDateTime), src),
    platformType: apiValue(info.PlatformType ?? null, src),
    platformName: apiValue(info.PlatformName ?? null, src),
    agentVersion: apiValue(info.AgentVersion ?? null, src),
    agentLatest: apiValue(info.IsLatestVersion ?? null, src),
    patchStateReported: lookup === undefined ? apiUnknown({ reason: 'NotCollected', message: 'no patch state lookup was made' }, psrc) : lookup.ok ? apiValue(lookup.value.has(id), psrc) : apiUnknown(lookup, psrc),
    missingPatchCount: patchField(lookup, id, psrc, (s) => s.MissingCount),
    failedPatchCount: patchField(lookup, id, psrc, (s) => s.FailedCount),
    criticalNonCompliantCount: patchField(lookup, id, psrc, (s) => s.CriticalNonCompliantCount),
    securityNonCompliantCount: patchField(lookup, id, psrc, (s) => s.SecurityNonCompliantCount),
    lastPatchOperationTime: patchField(lookup, id, psrc, (s) => iso(s.OperationEndTime) ?? undefined),
    lastPatchOperation: patchField(lookup, id, psrc, (s) => s.Operation),
  };
  ctx.emit({
    uid: `arn:aws:ssm:${ctx.region}:${ctx.account}:managed-instance/${id}`,
    type: 'aws.ssm.managed-instance',
    provider: 'aws',
    account: ctx.account,
    region: ctx.region,
    name: info.ComputerName || info.Name || id,
    tags: apiUnknown({ reason: 'NotCollected', message: 'managed instance tags are not collected (ssm:ListTagsForResource)' }, src),
    properties,
    origin: liveOrigin(LIST),
    source: src,
  });
}

export default defineCollector({
  id: 'ssm',
  scope: 'regional',
  apiCalls: [LIST, PATCH],
  permissions: [LIST, PATCH],
  emits: ['aws.ssm.managed-instance'],
  async collect(ctx) {
    const ssm = ctx.client(SSMClient);
    const list = await ctx.paginate<InstanceInformation>(LIST, async (NextToken) => {
      const out = await ssm.send(new DescribeInstanceInformationCommand({ NextToken, MaxResults: 50 }));
      return { items: out.InstanceInformationList ?? [], next: out.NextToken };
    });
    if (!list.ok) return;
    const ids = list.value.map((i) => i.InstanceId ?? '').filter((id) => id !== '');
    const lookups = ids.length > 0 ? await patchStates(ctx, ssm, ids) : new Map<string, PatchLookup>();
    for (const info of list.value) emit(ctx, info, lookups.get(info.InstanceId ?? ''));
  },
});
