import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { Ec2InstanceProperties, LaunchTemplateProperties } from '../../../../model/aws/ec2.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { SG_TYPES } from './security-group.js';
import type { Scope } from './scope.js';

/** Terraform types that become `aws.ec2.subnet`. */
export const SUBNET_TYPES = ['aws_subnet', 'aws_default_subnet'];

/** Whether EBS encryption by default is switched on in the same root (it changes volume defaults). */
export function ebsDefaultEncryption(ctx: AdaptContext, near: TfResourceInstance): Value<boolean> | undefined {
  const d = ctx.sameRoot(near, 'aws_ebs_encryption_by_default')[0];
  if (!d) return undefined;
  return ctx.scope(d).bool('enabled', true);
}

/** An `encrypted` flag whose default follows aws_ebs_encryption_by_default when the configuration has one. */
export function encryptedFlag(ctx: AdaptContext, s: Scope, path: string): Value<boolean> {
  const byDefault = ebsDefaultEncryption(ctx, s.inst);
  if (byDefault && byDefault.kind !== 'unresolvable' && byDefault.value) {
    return s.bool(path, true, 'not set, but aws_ebs_encryption_by_default encrypts new volumes in this region');
  }
  if (byDefault && byDefault.kind === 'unresolvable') {
    return s.has(path) ? s.bool(path) : unresolvable(`EBS encryption by default is unknown: ${byDefault.reason}`, s.blockProv());
  }
  return s.bool(path, false, 'volumes are unencrypted unless requested or EBS encryption by default is on');
}

/** User data as text: `user_data` is plain, `user_data_base64` (and launch templates' `user_data`) is base64. */
function userData(s: Scope, plain: string | undefined, b64: string, fromPlan = false): Value<string | null> {
  if (plain && s.has(plain)) {
    const v = s.strOrNull(plain);
    // Plan and state JSON hold only a SHA-1 of aws_instance.user_data, never the text.
    if (fromPlan && typeof v.value === 'string' && /^[0-9a-f]{40}$/.test(v.value)) {
      return unresolvable('plan and state files keep only a hash of user_data', v.source);
    }
    return v;
  }
  if (s.has(b64)) return mapValue(s.strOrNull(b64), (v) => (v === null ? null : Buffer.from(v, 'base64').toString('utf8')));
  return defaulted(null, s.blockProv());
}

/** The subnet's `map_public_ip_on_launch` when the subnet is in the configuration. */
function publicIpFromSubnet(ctx: AdaptContext, s: Scope): Value<boolean> {
  const node = s.node('subnet_id');
  if (node === undefined) {
    return defaulted(true, s.blockProv(), 'no subnet_id: the instance launches in a default-VPC subnet, which assigns public IPs');
  }
  const subnet = ctx.findTarget(node, s.inst, SUBNET_TYPES, ['cidr_block']);
  if (!subnet) {
    const why = node.t === 'unknown' && !node.ref ? node.reason : 'its subnet is not in the configuration';
    return unresolvable(`whether the instance gets a public IP depends on the subnet: ${why}`, s.prov(node, 'subnet_id'));
  }
  const def = subnet.type === 'aws_default_subnet';
  return ctx.scope(subnet).bool('map_public_ip_on_launch', def, def ? 'default subnets assign public IPs' : 'subnets do not assign public IPs unless asked');
}

function launchTemplateOf(ctx: AdaptContext, s: Scope): Scope | undefined {
  for (const attr of ['launch_template.id', 'launch_template.name']) {
    const t = ctx.findTarget(s.node(attr), s.inst, ['aws_launch_template'], ['name']);
    if (t) return ctx.scope(t);
  }
  return undefined;
}

function adaptInstance(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const lt = launchTemplateOf(ctx, s);
  // Settings absent on the instance come from its launch template when that is in the configuration.
  const from = (path: string, ltPath = path): Scope => (!s.has(path) && lt?.has(ltPath) ? lt : s);
  const hasPublicIp = s.has('associate_public_ip_address')
    ? s.bool('associate_public_ip_address')
    : lt?.has('network_interfaces.associate_public_ip_address')
      ? lt.bool('network_interfaces.associate_public_ip_address')
      : publicIpFromSubnet(ctx, s);
  const props: Ec2InstanceProperties = {
    instanceId: unresolvable('the instance id is assigned at launch', s.blockProv()),
    imageId: from('ami', 'image_id').str(s.has('ami') || !lt ? 'ami' : 'image_id'),
    instanceType: from('instance_type').str('instance_type'),
    hasPublicIp,
    publicIp:
      hasPublicIp.kind !== 'unresolvable' && hasPublicIp.value === false
        ? defaulted(null, s.blockProv(), 'no public IP')
        : unresolvable('the public IP is assigned at launch', s.blockProv()),
    metadataHttpTokens: from('metadata_options.http_tokens').str('metadata_options.http_tokens', 'optional', 'IMDSv1 stays enabled unless http_tokens = "required"'),
    metadataHttpEndpoint: from('metadata_options.http_endpoint').str('metadata_options.http_endpoint', 'enabled'),
    metadataHopLimit: from('metadata_options.http_put_response_hop_limit').num('metadata_options.http_put_response_hop_limit', 1),
    securityGroups: s.has('vpc_security_group_ids')
      ? s.refList('vpc_security_group_ids', SG_TYPES, ['name'])
      : s.has('security_groups')
        ? s.refList('security_groups', SG_TYPES, ['name'])
        : lt?.has('vpc_security_group_ids')
          ? lt.refList('vpc_security_group_ids', SG_TYPES, ['name'])
          : defaulted([], s.blockProv(), 'no security group set: AWS attaches the VPC default group'),
    subnetId: s.refOrNull('subnet_id', SUBNET_TYPES, ['cidr_block'], 'no subnet_id: a default-VPC subnet'),
    iamInstanceProfile: s.refOrNull('iam_instance_profile', ['aws_iam_instance_profile'], ['name']),
    rootVolumeEncrypted: encryptedFlag(ctx, s, 'root_block_device.encrypted'),
    detailedMonitoring: s.bool('monitoring', false),
    ebsOptimized: s.bool('ebs_optimized', false, 'not requested (current-generation types are EBS-optimized regardless)'),
    userData: s.has('user_data') || s.has('user_data_base64') || !lt ? userData(s, 'user_data', 'user_data_base64', ctx.framework === 'terraform-plan') : userData(lt, undefined, 'user_data'),
    state: defaulted('running', s.blockProv(), 'Terraform launches instances running'),
    launchTime: defaulted(null, s.blockProv(), 'not launched yet: set at apply time'),
  };
  return ctx.resource(inst, 'aws.ec2.instance', props, s.str('tags.Name'));
}

function adaptLaunchTemplate(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: LaunchTemplateProperties = {
    metadataHttpTokens: s.str('metadata_options.http_tokens', 'optional', 'IMDSv1 stays enabled unless http_tokens = "required"'),
    associatePublicIp: s.bool('network_interfaces.associate_public_ip_address', false, 'not set in the template: the subnet setting applies'),
    userData: userData(s, undefined, 'user_data'),
  };
  return ctx.resource(inst, 'aws.ec2.launch-template', props, s.str('name'));
}

/** aws_instance (with its launch template) and aws_launch_template. */
export function adaptEc2(ctx: AdaptContext): Resource[] {
  return [...ctx.each(['aws_instance'], (i) => adaptInstance(ctx, i)), ...ctx.each(['aws_launch_template'], (i) => adaptLaunchTemplate(ctx, i))];
}
