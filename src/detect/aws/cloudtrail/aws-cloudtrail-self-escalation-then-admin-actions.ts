import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, byAwsService, lastSegment, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 60;

/** The caller's own IAM name: the user name, or for a role session the role's name. */
function selfName(e: AuditEvent): string | undefined {
  if (e.actor.type === 'IAMUser') return e.actor.name;
  if (e.actor.type === 'AssumedRole' && e.actor.sessionIssuer) return lastSegment(e.actor.sessionIssuer);
  return undefined;
}

/** The caller widens its own permissions (or rewrites a managed policy that may be its own). */
export function grantsSelf(e: AuditEvent): boolean {
  if (principalCall(e, 'iam', 'CreatePolicyVersion')) return asBool(req(e, 'setAsDefault')) === true;
  if (principalCall(e, 'iam', 'SetDefaultPolicyVersion')) return true;
  const self = selfName(e);
  if (!self) return false;
  if (principalCall(e, 'iam', 'AttachUserPolicy', 'PutUserPolicy', 'AddUserToGroup')) return e.actor.type === 'IAMUser' && asString(req(e, 'userName')) === self;
  if (principalCall(e, 'iam', 'AttachRolePolicy', 'PutRolePolicy')) return e.actor.type === 'AssumedRole' && asString(req(e, 'roleName')) === self;
  return false;
}

/** Actions that need administrator-level IAM rights, aimed at identities other than the caller. */
export function adminActionOnOthers(e: AuditEvent): boolean {
  if (principalCall(e, 'iam', 'CreateUser', 'CreateRole', 'UpdateAssumeRolePolicy', 'AttachGroupPolicy', 'PutGroupPolicy')) return true;
  const self = selfName(e);
  if (principalCall(e, 'iam', 'CreateAccessKey', 'CreateLoginProfile', 'UpdateLoginProfile', 'AttachUserPolicy', 'PutUserPolicy', 'AddUserToGroup')) {
    const user = asString(req(e, 'userName'));
    return user !== undefined && !(e.actor.type === 'IAMUser' && user === self);
  }
  if (principalCall(e, 'iam', 'AttachRolePolicy', 'PutRolePolicy')) return !(e.actor.type === 'AssumedRole' && asString(req(e, 'roleName')) === self);
  return false;
}

export default defineDetection({
  id: 'aws-cloudtrail-self-escalation-then-admin-actions',
  kind: 'sequence',
  services: ['iam'],
  title: 'A principal widened its own permissions, then used admin actions',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: `A principal changes its own permissions (a new default policy version, a policy attached or put on its own user or role, its user added to a group) and within ${WINDOW_MINUTES} minutes makes administrator-only IAM changes to other identities: creating users or roles, keys or passwords for others, attaching policies to them. The classic escalation of a stolen low-privilege credential.`,
  falsePositives: 'An administrator fixing its own access and then continuing to work. Check whether the principal was allowed to change its own policies in the first place.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html'],
  steps: [grantsSelf, adminActionOnOthers],
  // Both steps are IAM calls; other services never advance a sequence.
  groupBy: (e) => (e.service !== 'iam' || byAwsService(e) ? undefined : e.actor.id),
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, events) => `${events[0]!.actor.name} (${who}) changed its own permissions (${events[0]!.action}), then made admin changes (${events[events.length - 1]!.action} on ${asString(req(events[events.length - 1]!, 'userName')) ?? asString(req(events[events.length - 1]!, 'roleName')) ?? 'another identity'})`,
});
