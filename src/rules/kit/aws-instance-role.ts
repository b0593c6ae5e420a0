import type { Ec2Instance } from '../../model/aws/ec2.js';
import type { IamRole } from '../../model/aws/iam.js';
import { isKnown } from '../../model/core/index.js';
import type { RuleContext } from './rule.js';

/** What an EC2 instance runs as, as far as the scan can tell. */
export type InstanceRole =
  | { readonly kind: 'role'; readonly role: IamRole; readonly profile: string }
  | { readonly kind: 'no-profile' }
  /** IAM is not in this scan at all (a live scan limited to other services): nothing can be said, nor needs to be. */
  | { readonly kind: 'iam-not-scanned'; readonly profile: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * The role an EC2 instance runs as: the role whose `instanceProfiles` lists the instance profile the instance
 * names. Live scans list each role's profiles (GetAccountAuthorizationDetails), as do AWS Config items and the
 * Terraform and CloudFormation adapters (the profile blocks of the same configuration), so this is a join, not a
 * guess: a profile named like a role is not taken for it (the identity graph keeps that fallback, and says so).
 */
export function instanceRole(inst: Ec2Instance, ctx: RuleContext): InstanceRole {
  const ref = inst.properties.iamInstanceProfile;
  if (!isKnown(ref)) return { kind: 'unknown', reason: `the instance profile could not be determined: ${ref?.reason ?? 'not recorded'}` };
  const profile = ref.value;
  if (profile === null) return { kind: 'no-profile' };
  const role = ctx.referencing('aws.iam.role', 'instanceProfiles', profile)[0];
  if (role) return { kind: 'role', role, profile };
  if (ctx.ofType('aws.iam.role').length === 0 && ctx.sourceKind !== 'iac') return { kind: 'iam-not-scanned', profile };
  const unlisted = unlistedRoles(ctx).get(inst.account ?? '') ?? 0;
  return {
    kind: 'unknown',
    reason: unlisted > 0
      ? `no role in the scan lists instance profile ${profile}, and ${unlisted} role(s) of the account have no recorded instance profiles`
      : `no role in the scan lists instance profile ${profile} (its role is outside the scan, or the profile carries none)`,
  };
}

/** Roles whose instance profiles were not recorded, counted per account once per scan (not once per instance). */
function unlistedRoles(ctx: RuleContext): ReadonlyMap<string, number> {
  return ctx.memo('aws-instance-role:unlisted-roles', () => {
    const counts = new Map<string, number>();
    for (const r of ctx.ofType('aws.iam.role')) if (!isKnown(r.properties.instanceProfiles)) counts.set(r.account ?? '', (counts.get(r.account ?? '') ?? 0) + 1);
    return counts;
  });
}
