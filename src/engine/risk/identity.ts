/**
 * Privileged identity: the resource runs as an administrator, so whoever controls it controls the account. Decided
 * only where the model links the resource to its role directly: a Lambda function's execution role, or the role an
 * EC2 instance's profile carries (the role that lists the profile), with the AWS-managed AdministratorAccess
 * policy, a customer-managed policy in the scan that grants `*` on `*`, or such an inline policy. Deeper cases
 * (escalation to an administrator) are the identity graph's, through its attack-path factor.
 */
import { isKnown, type Resource } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import type { RuleContext } from '../../rules/kit/rule.js';
import { isAdminGrant, isAdministratorAccessArn } from '../../rules/kit/aws-iam-policy-checks.js';
import { instanceRole } from '../../rules/kit/aws-instance-role.js';
import type { ContextFactor } from './types.js';

/** Weight of a resource that runs as an administrator. */
export const PRIVILEGED_WEIGHT = 25;

/** Why the role is an administrator, or undefined when it is not (or it cannot be told). */
function adminReason(role: ModelResource<'aws.iam.role'>, ctx: RuleContext): string | undefined {
  const attached = isKnown(role.properties.attachedPolicies) ? role.properties.attachedPolicies.value : [];
  for (const arn of attached) {
    if (isAdministratorAccessArn(arn)) return 'AdministratorAccess attached';
    const policy = ctx.get(arn);
    if (policy?.type === 'aws.iam.policy') {
      const doc = (policy as ModelResource<'aws.iam.policy'>).properties.document;
      if (isKnown(doc) && doc.value.Statement.some(isAdminGrant)) return `attached policy ${policy.name} allows * on *`;
    }
  }
  const inline = isKnown(role.properties.inlinePolicies) ? role.properties.inlinePolicies.value : [];
  const admin = inline.find((p) => isKnown(p.document) && p.document.value.Statement.some(isAdminGrant));
  return admin ? `inline policy ${isKnown(admin.name) ? admin.name.value : ''} allows * on *`.replace('  ', ' ') : undefined;
}

/** The role a Lambda function or an EC2 instance runs as, when the model links them. */
function roleOf(subject: Resource, ctx: RuleContext): ModelResource<'aws.iam.role'> | undefined {
  if (subject.type === 'aws.ec2.instance') {
    const found = instanceRole(subject as ModelResource<'aws.ec2.instance'>, ctx);
    return found.kind === 'role' ? found.role : undefined;
  }
  if (subject.type !== 'aws.lambda.function') return undefined;
  const roleRef = (subject as ModelResource<'aws.lambda.function'>).properties.role;
  if (!isKnown(roleRef)) return undefined;
  const role = ctx.get(roleRef.value);
  return role?.type === 'aws.iam.role' ? (role as ModelResource<'aws.iam.role'>) : undefined;
}

/** The privileged-identity factor (Lambda execution roles, EC2 instance roles; see the file comment). */
export const privilegedIdentity: ContextFactor = (subject, ctx) => {
  const role = roleOf(subject, ctx);
  if (!role) return undefined;
  const why = adminReason(role, ctx);
  return why ? { factor: 'privileged-identity', weight: PRIVILEGED_WEIGHT, detail: `runs as ${role.name}: ${why}` } : undefined;
};
