import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, unresolvable } from '../../../../model/core/index.js';
import type { AmiProperties, EbsDefaultEncryptionProperties, EbsSnapshotProperties, EbsVolumeProperties } from '../../../../model/aws/ec2.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { KMS, KMS_LIT } from './data.js';
import { encryptedFlag } from './ec2.js';


/** Values of `attr` on the join resources of `joinType` that point at `target` via `key`. */
function joinedValues(ctx: AdaptContext, target: TfResourceInstance, joinType: string, key: string, attr: string, refTypes: string[] = []): Value<readonly string[]> {
  const joins = ctx.joined(target, [joinType], key, []);
  const out: string[] = [];
  for (const j of joins) {
    const s = ctx.scope(j);
    if (!s.has(attr)) continue;
    const v = s.ref(attr, refTypes, ['name']);
    if (v.kind === 'unresolvable' || v.value === undefined) return v as Value<never>;
    out.push(v.value);
  }
  return out.length > 0 ? explicit(out, ctx.scope(joins[0]!).blockProv()) : defaulted([], ctx.scope(target).blockProv());
}

function adaptVolume(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: EbsVolumeProperties = {
    encrypted: encryptedFlag(ctx, s, 'encrypted'),
    kmsKeyId: s.refOrNull('kms_key_id', KMS, KMS_LIT),
    sizeGiB: s.num('size', undefined, 'no size: taken from the snapshot at apply time'),
    volumeType: s.str('type', 'gp2', 'the EC2 API default volume type'),
    attachedInstances: joinedValues(ctx, inst, 'aws_volume_attachment', 'volume_id', 'instance_id', ['aws_instance']),
  };
  return ctx.resource(inst, 'aws.ec2.volume', props, s.str('tags.Name'));
}

function adaptSnapshot(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  let encrypted: Value<boolean>;
  if (s.has('encrypted')) encrypted = s.bool('encrypted');
  else {
    // A snapshot is encrypted exactly when its source volume is.
    const vol = ctx.findTarget(s.node('volume_id'), inst, ['aws_ebs_volume'], []);
    encrypted = vol ? encryptedFlag(ctx, ctx.scope(vol), 'encrypted') : unresolvable('encryption follows the source volume, which is not in the configuration', s.blockProv());
  }
  const props: EbsSnapshotProperties = {
    encrypted,
    createVolumePermissions: joinedValues(ctx, inst, 'aws_snapshot_create_volume_permission', 'snapshot_id', 'account_id'),
  };
  return ctx.resource(inst, 'aws.ec2.snapshot', props, s.str('tags.Name'));
}

function adaptImage(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const perms: string[] = [];
  let unknown: Value<never> | undefined;
  for (const j of ctx.joined(inst, ['aws_ami_launch_permission'], 'image_id', [])) {
    const js = ctx.scope(j);
    for (const attr of ['account_id', 'group', 'organization_arn', 'organizational_unit_arn']) {
      if (!js.has(attr)) continue;
      const v = js.str(attr);
      if (v.kind === 'unresolvable') unknown ??= v as Value<never>;
      else perms.push(v.value as string);
    }
  }
  const launchPermissions: Value<readonly string[]> = unknown ?? (perms.length > 0 ? explicit(perms, s.blockProv()) : defaulted([], s.blockProv(), 'images are private to the owner'));
  const props: AmiProperties = {
    public: unknown ?? (perms.includes('all') ? explicit(true, launchPermissions.source) : defaulted(false, s.blockProv(), 'no launch permission for group "all"')),
    creationDate: defaulted(null, s.blockProv(), 'not created yet: set at apply time'),
    deprecationTime: s.strOrNull('deprecation_time'),
    launchPermissions,
  };
  return ctx.resource(inst, 'aws.ec2.image', props, s.str('name'));
}

function adaptDefaultEncryption(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const key = ctx.sameRoot(inst, 'aws_ebs_default_kms_key')[0];
  const props: EbsDefaultEncryptionProperties = {
    enabled: s.bool('enabled', true, 'the resource enables encryption by default unless enabled = false'),
    kmsKeyId: key ? ctx.scope(key).ref('key_arn', KMS, KMS_LIT) : defaulted(null, s.blockProv(), 'the AWS managed key aws/ebs'),
  };
  return ctx.resource(inst, 'aws.ec2.ebs-default-encryption', props);
}

/** EBS volumes, snapshots, AMIs and the account's EBS encryption-by-default setting. */
export function adaptEbs(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(['aws_ebs_volume'], (i) => adaptVolume(ctx, i)),
    ...ctx.each(['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'], (i) => adaptSnapshot(ctx, i)),
    ...ctx.each(['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'], (i) => adaptImage(ctx, i)),
    ...ctx.each(['aws_ebs_encryption_by_default'], (i) => adaptDefaultEncryption(ctx, i)),
  ];
}
