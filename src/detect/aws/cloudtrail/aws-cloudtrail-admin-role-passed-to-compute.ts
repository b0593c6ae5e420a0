import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { grantsAdmin, isAdminManagedPolicy } from '../../kit/aws-b-policy.js';
import { asString, byAwsService, lambdaCall, lastSegment, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 60;
const COMPUTE_AND_IAM = new Set(['iam', 'lambda', 'ec2']);

/** The role an event gives admin rights to: AttachRolePolicy with an admin managed policy, PutRolePolicy with `*` on `*`. */
function roleMadeAdmin(e: AuditEvent): string | undefined {
  if (principalCall(e, 'iam', 'AttachRolePolicy') && isAdminManagedPolicy(req(e, 'policyArn'))) return asString(req(e, 'roleName'));
  if (principalCall(e, 'iam', 'PutRolePolicy') && grantsAdmin(req(e, 'policyDocument'))) return asString(req(e, 'roleName'));
  return undefined;
}

/**
 * The role an event hands to compute: a Lambda function's execution role, or an instance profile at launch
 * or association. Instance profiles are matched by name, which is the role's name when the console or
 * most templates create them.
 */
function rolePassedToCompute(e: AuditEvent): string | undefined {
  if (lambdaCall(e, 'CreateFunction', 'UpdateFunctionConfiguration')) {
    const role = asString(req(e, 'role'));
    return role ? lastSegment(role) : undefined;
  }
  if (principalCall(e, 'ec2', 'RunInstances', 'AssociateIamInstanceProfile', 'ReplaceIamInstanceProfileAssociation')) {
    const profile = asString(req(e, 'iamInstanceProfile', 'name')) ?? asString(req(e, 'iamInstanceProfile', 'arn')) ?? asString(req(e, 'AssociateIamInstanceProfileRequest', 'IamInstanceProfile', 'Name'));
    return profile ? lastSegment(profile) : undefined;
  }
  return undefined;
}

export default defineDetection({
  id: 'aws-cloudtrail-admin-role-passed-to-compute',
  kind: 'sequence',
  services: ['iam', 'lambda', 'ec2'],
  title: 'A role was given admin rights, then handed to new compute',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: `One principal gives a role administrator access and, within ${WINDOW_MINUTES} minutes, passes that role to a Lambda function or an EC2 instance it creates: code it controls then runs as an administrator (the iam:PassRole escalation path).`,
  falsePositives: 'Bootstrapping automation that creates an admin deployment role and the function that uses it. Admin roles for compute are a finding on their own.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
  steps: [(e) => roleMadeAdmin(e) !== undefined, (e) => rolePassedToCompute(e) !== undefined],
  groupBy(e) {
    if (!COMPUTE_AND_IAM.has(e.service) || byAwsService(e)) return undefined;
    const role = roleMadeAdmin(e) ?? rolePassedToCompute(e);
    return role ? `${e.actor.id}|${role}` : undefined;
  },
  windowMs: WINDOW_MINUTES * 60_000,
  message(key, events) {
    const [who, role] = key.split('|');
    return `${events[0]!.actor.name} (${who}) gave role ${role} admin rights, then passed it to compute (${events[events.length - 1]!.action})`;
  },
});
