/**
 * KMS keys of a region: customer and AWS managed, with spec, state, rotation and the parsed key policy.
 * The key's name is its first alias when it has one (`alias/aws/s3` says which service an AWS key serves).
 */
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListAliasesCommand, ListKeysCommand, ListResourceTagsCommand, type KeyMetadata } from '@aws-sdk/client-kms';
import type { Value } from '../../../../model/core/index.js';
import { parsePolicyDocument, type KmsKeyProperties, type PolicyDocument } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, liveResource, tagRecord } from './monitoring/shared.js';

const LIST = 'kms:ListKeys';

function policyValue(ctx: CollectorContext, r: CallResult<{ Policy?: string | undefined }>): Value<PolicyDocument | null> {
  const source = ctx.prov('kms:GetKeyPolicy');
  if (!r.ok) return apiUnknown(r, source);
  if (r.value.Policy === undefined || r.value.Policy === '') return apiValue(null, source);
  const doc = parsePolicyDocument(r.value.Policy);
  return doc.ok ? apiValue(doc.document, source) : apiUnknown({ reason: 'InvalidPolicy', message: doc.error }, source);
}

async function collectKey(ctx: CollectorContext, kms: KMSClient, keyId: string, aliases: ReadonlyMap<string, string>): Promise<void> {
  const about = { resourceId: keyId };
  const described = await ctx.call('kms:DescribeKey', () => kms.send(new DescribeKeyCommand({ KeyId: keyId })), about);
  const meta: KeyMetadata | undefined = described.ok ? described.value.KeyMetadata : undefined;
  const arn = meta?.Arn ?? `arn:aws:kms:${ctx.region}:${ctx.account}:key/${keyId}`;
  const m = <U>(f: (k: KeyMetadata) => U): Value<U> => fromCall(ctx, 'kms:DescribeKey', described, (o) => f(o.KeyMetadata ?? { KeyId: keyId }));
  const keySpec = meta?.KeySpec ?? meta?.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const customer = meta?.KeyManager !== 'AWS';

  // Rotation exists for symmetric AWS_KMS keys only; for the others "off" is the true answer, not a gap.
  let rotationEnabled: Value<boolean>;
  if (!described.ok) rotationEnabled = apiUnknown(described, ctx.prov('kms:DescribeKey'));
  else if (keySpec !== 'SYMMETRIC_DEFAULT') rotationEnabled = apiValue(false, ctx.prov('kms:DescribeKey'));
  else {
    const rot = await ctx.call('kms:GetKeyRotationStatus', () => kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId })), about);
    rotationEnabled = fromCall(ctx, 'kms:GetKeyRotationStatus', rot, (o) => o.KeyRotationEnabled === true);
  }
  const policy = policyValue(ctx, await ctx.call('kms:GetKeyPolicy', () => kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })), about));

  // AWS managed keys cannot carry tags; asking would only add a call (and a gap where tagging is denied).
  let tags: Value<Readonly<Record<string, string>>> = apiValue({}, ctx.prov('kms:DescribeKey'));
  if (customer && described.ok) {
    const t = await ctx.paginate('kms:ListResourceTags', async (marker) => {
      const o = await kms.send(new ListResourceTagsCommand({ KeyId: keyId, Marker: marker }));
      return { items: o.Tags ?? [], next: o.Truncated ? o.NextMarker : undefined };
    });
    tags = fromCall(ctx, 'kms:ListResourceTags', t, tagRecord);
  }

  const props: KmsKeyProperties = {
    keyManager: m((k) => (k.KeyManager === 'AWS' ? 'AWS' : 'CUSTOMER')),
    keySpec: m((k) => k.KeySpec ?? k.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT'),
    rotationEnabled,
    enabled: m((k) => k.Enabled === true),
    pendingDeletion: m((k) => k.KeyState === 'PendingDeletion' || k.KeyState === 'PendingReplicaDeletion'),
    policy,
  };
  ctx.emit(liveResource(ctx, 'aws.kms.key', arn, aliases.get(keyId) ?? keyId, LIST, props, tags));
}

export default defineCollector({
  id: 'kms',
  scope: 'regional',
  apiCalls: ['kms:ListKeys', 'kms:ListAliases', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy', 'kms:ListResourceTags'],
  permissions: ['kms:ListKeys', 'kms:ListAliases', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy', 'kms:ListResourceTags'],
  emits: ['aws.kms.key'],
  async collect(ctx) {
    const kms = ctx.client(KMSClient);
    const keys = await ctx.paginate(LIST, async (marker) => {
      const o = await kms.send(new ListKeysCommand({ Marker: marker }));
      return { items: o.Keys ?? [], next: o.Truncated ? o.NextMarker : undefined };
    });
    if (!keys.ok) return;
    // Aliases only name the keys: without them the key id is the name.
    const aliasList = await ctx.paginate('kms:ListAliases', async (marker) => {
      const o = await kms.send(new ListAliasesCommand({ Marker: marker, Limit: 100 }));
      return { items: o.Aliases ?? [], next: o.Truncated ? o.NextMarker : undefined };
    });
    const aliases = new Map<string, string>();
    for (const a of aliasList.ok ? aliasList.value : []) if (a.TargetKeyId && a.AliasName && !aliases.has(a.TargetKeyId)) aliases.set(a.TargetKeyId, a.AliasName);
    await forEachLimited(keys.value.flatMap((k) => (k.KeyId ? [k.KeyId] : [])), 8, (id) => collectKey(ctx, kms, id, aliases));
  },
});
