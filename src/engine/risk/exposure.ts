/**
 * Public exposure: the resource can be reached or read from the internet. What counts, by type (and nothing else:
 * a type not listed is never called exposed):
 * - EC2 instance: a public IP and an attached security group that admits 0.0.0.0/0 or ::/0;
 * - security group: admits the internet and is attached to an instance with a public IP or to an internet-facing load balancer;
 * - load balancer: scheme `internet-facing`;
 * - S3 bucket: S3's own verdict that the policy is public, a policy statement open to anyone, or a public ACL that
 *   Block Public Access does not neutralise;
 * - Lambda function: a function URL with auth type NONE, or a policy statement open to anyone; a function URL with NONE;
 * - EBS snapshot and RDS snapshot shared with `all`, a public AMI, an RDS instance marked publicly accessible,
 *   an ECR repository whose policy is open to anyone, an EKS cluster whose public endpoint admits 0.0.0.0/0.
 * Unresolvable values never count: exposure is a claim, not a guess.
 */
import { isKnown, isTrue, type Resource, type Value } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import type { PolicyDocument } from '../../model/aws/policy.js';
import type { RuleContext } from '../../rules/kit/rule.js';
import { openToWorld } from '../../rules/kit/network.js';
import { coversPort } from '../../rules/kit/aws-network-ports.js';
import { publicAllowStatements } from '../../rules/kit/aws-policy.js';
import { isPublicGrantee, publicAclsNeutralised, PUBLIC_CANNED_ACLS } from '../../rules/kit/aws-s3-helpers.js';
import type { WeightedFactor } from './base.js';
import type { ContextFactor } from './types.js';

/** Weight of a resource reachable or readable from the internet. */
export const EXPOSURE_WEIGHT = 40;
/** Weight when remote administration (SSH, RDP) is what the internet reaches: the first door attackers try. */
export const ADMIN_EXPOSURE_WEIGHT = 50;
const ADMIN_PORTS = [22, 3389];

const exposed = (detail: string, weight = EXPOSURE_WEIGHT): WeightedFactor => ({ factor: 'public-exposure', weight, detail });

/** `SSH/RDP` when a world-open rule of the group covers an admin port, else undefined. */
function worldAdminPorts(sg: ModelResource<'aws.ec2.security-group'>): string | undefined {
  const ingress = sg.properties.ingress;
  if (!isKnown(ingress)) return undefined;
  const ports = ADMIN_PORTS.filter((p) => ingress.value.some((rule) => openToWorld(rule) === true && coversPort(rule, p, 'tcp') === true));
  return ports.length ? ports.map((p) => (p === 22 ? 'SSH' : 'RDP')).join('/') : undefined;
}

function worldOpen(sg: ModelResource<'aws.ec2.security-group'>): boolean {
  const ingress = sg.properties.ingress;
  return isKnown(ingress) && ingress.value.some((rule) => openToWorld(rule) === true);
}

function publicPolicy(policy: Value<PolicyDocument | null> | undefined): boolean {
  return isKnown(policy) && policy.value !== null && publicAllowStatements(policy.value).length > 0;
}

function instance(r: ModelResource<'aws.ec2.instance'>, ctx: RuleContext): WeightedFactor | undefined {
  if (!isTrue(r.properties.hasPublicIp)) return undefined;
  const sgs = isKnown(r.properties.securityGroups) ? r.properties.securityGroups.value : [];
  const groups = sgs.map((uid) => ctx.get(uid)).filter((g): g is ModelResource<'aws.ec2.security-group'> => g?.type === 'aws.ec2.security-group' && worldOpen(g as ModelResource<'aws.ec2.security-group'>));
  if (groups.length === 0) return undefined;
  const ip = isKnown(r.properties.publicIp) && r.properties.publicIp.value ? ` ${r.properties.publicIp.value}` : '';
  const admin = groups.map((g) => [g, worldAdminPorts(g)] as const).find(([, p]) => p !== undefined);
  if (admin) return exposed(`public IP${ip} and security group ${admin[0].uid} admits ${admin[1]} from the internet`, ADMIN_EXPOSURE_WEIGHT);
  return exposed(`public IP${ip} and security group ${groups[0]!.uid} admits the internet`);
}

function securityGroup(r: ModelResource<'aws.ec2.security-group'>, ctx: RuleContext): WeightedFactor | undefined {
  if (!worldOpen(r)) return undefined;
  const host = ctx.referencing('aws.ec2.instance', 'securityGroups', r.uid).find((i) => isTrue(i.properties.hasPublicIp));
  if (host) {
    const admin = worldAdminPorts(r);
    return admin
      ? exposed(`admits ${admin} from the internet and is attached to ${host.uid}, which has a public IP`, ADMIN_EXPOSURE_WEIGHT)
      : exposed(`admits the internet and is attached to ${host.uid}, which has a public IP`);
  }
  const lb = ctx.referencing('aws.elbv2.load-balancer', 'securityGroups', r.uid).find((l) => isKnown(l.properties.scheme) && l.properties.scheme.value === 'internet-facing');
  return lb ? exposed(`admits the internet and is attached to the internet-facing load balancer ${lb.uid}`) : undefined;
}

function bucket(r: ModelResource<'aws.s3.bucket'>, ctx: RuleContext): WeightedFactor | undefined {
  const p = r.properties;
  if (isTrue(p.policyPublic)) return exposed('S3 reports the bucket policy as public');
  if (publicPolicy(p.policy) && !isTrue(p.publicAccessBlock.restrictPublicBuckets)) return exposed('a bucket policy statement allows anyone');
  const acl = (isKnown(p.cannedAcl) && PUBLIC_CANNED_ACLS.includes(p.cannedAcl.value)) || (isKnown(p.grants) && p.grants.value.some(isPublicGrantee));
  if (acl && publicAclsNeutralised(r, ctx).moot === false) return exposed('the bucket ACL grants access to everyone');
  return undefined;
}

function lambdaFunction(r: ModelResource<'aws.lambda.function'>, ctx: RuleContext): WeightedFactor | undefined {
  const url = ctx.referencing('aws.lambda.function-url', 'functionId', r.uid).find((u) => isKnown(u.properties.authType) && u.properties.authType.value === 'NONE');
  if (url) return exposed('a function URL with auth type NONE');
  return publicPolicy(r.properties.policy) ? exposed('a resource policy statement allows anyone to invoke it') : undefined;
}

const BY_TYPE: Readonly<Record<string, (r: never, ctx: RuleContext) => WeightedFactor | undefined>> = {
  'aws.ec2.instance': instance,
  'aws.ec2.security-group': securityGroup,
  'aws.s3.bucket': bucket,
  'aws.lambda.function': lambdaFunction,
  'aws.lambda.function-url': (r: ModelResource<'aws.lambda.function-url'>) =>
    isKnown(r.properties.authType) && r.properties.authType.value === 'NONE' ? exposed('function URL with auth type NONE') : undefined,
  'aws.elbv2.load-balancer': (r: ModelResource<'aws.elbv2.load-balancer'>) =>
    isKnown(r.properties.scheme) && r.properties.scheme.value === 'internet-facing' ? exposed('internet-facing load balancer') : undefined,
  'aws.ec2.snapshot': (r: ModelResource<'aws.ec2.snapshot'>) =>
    isKnown(r.properties.createVolumePermissions) && r.properties.createVolumePermissions.value.includes('all') ? exposed('snapshot shared with every AWS account') : undefined,
  'aws.ec2.image': (r: ModelResource<'aws.ec2.image'>) => (isTrue(r.properties.public) ? exposed('public AMI') : undefined),
  'aws.rds.instance': (r: ModelResource<'aws.rds.instance'>) => (isTrue(r.properties.publiclyAccessible) ? exposed('RDS instance marked publicly accessible') : undefined),
  'aws.rds.snapshot': (r: ModelResource<'aws.rds.snapshot'>) => (isTrue(r.properties.public) ? exposed('RDS snapshot shared with every AWS account') : undefined),
  'aws.ecr.repository': (r: ModelResource<'aws.ecr.repository'>) => (publicPolicy(r.properties.policy) ? exposed('a repository policy statement allows anyone') : undefined),
  'aws.eks.cluster': (r: ModelResource<'aws.eks.cluster'>) =>
    isTrue(r.properties.endpointPublicAccess) && isKnown(r.properties.publicAccessCidrs) && r.properties.publicAccessCidrs.value.includes('0.0.0.0/0')
      ? exposed('public API endpoint open to 0.0.0.0/0')
      : undefined,
};

/** The public-exposure factor (see the file comment for what counts). */
export const publicExposure: ContextFactor = (subject: Resource, ctx: RuleContext) => BY_TYPE[subject.type]?.(subject as never, ctx);
