import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { asString, lambdaCall, lastSegment, principalCall, req, who } from '../../kit/aws-b-params.js';

/** EC2 names an instance profile's sessions after the instance id (`i-` and 8 or 17 hex digits). */
const INSTANCE_SESSION = /:assumed-role\/[^/]+\/(i-(?:[0-9a-f]{8}|[0-9a-f]{17}))$/;

/** The role (or instance profile) a call hands to new compute, and what kind of compute. */
function passedRole(e: AuditEvent): { role: string; to: string } | undefined {
  const named = (v: unknown, to: string) => (asString(v) ? { role: lastSegment(asString(v)!), to } : undefined);
  if (lambdaCall(e, 'CreateFunction', 'UpdateFunctionConfiguration')) return named(req(e, 'role'), `Lambda function ${asString(req(e, 'functionName')) ?? '(unnamed)'}`);
  if (principalCall(e, 'ec2', 'RunInstances')) return named(req(e, 'iamInstanceProfile', 'name') ?? req(e, 'iamInstanceProfile', 'arn'), 'new EC2 instances');
  if (principalCall(e, 'ec2', 'AssociateIamInstanceProfile')) return named(req(e, 'AssociateIamInstanceProfileRequest', 'IamInstanceProfile', 'Name') ?? req(e, 'AssociateIamInstanceProfileRequest', 'IamInstanceProfile', 'Arn'), 'an EC2 instance');
  if (principalCall(e, 'ecs', 'RegisterTaskDefinition')) return named(req(e, 'taskRoleArn'), `ECS task definition ${asString(req(e, 'family')) ?? '(unnamed)'}`);
  if (principalCall(e, 'cloudformation', 'CreateStack', 'UpdateStack')) return named(req(e, 'roleARN'), `CloudFormation stack ${asString(req(e, 'stackName')) ?? '(unnamed)'}`);
  return undefined;
}

export default defineDetection({
  id: 'aws-cloudtrail-instance-credentials-pass-role',
  kind: 'event',
  services: ['lambda', 'ec2', 'ecs', 'cloudformation'],
  title: 'An EC2 instance\'s credentials handed a role to new compute',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Privilege Escalation', technique: 'T1098.003', techniqueName: 'Account Manipulation: Additional Cloud Roles' },
  description: 'A caller using an instance profile\'s credentials (a session named after the instance id) created a Lambda function, instances, a task definition or a stack with another role (iam:PassRole). Workloads rarely deploy compute; an attacker holding stolen instance credentials does it to run code as a more privileged role.',
  falsePositives: 'Build agents and deployment tools running on EC2 (Jenkins, self-hosted runners) that deploy with instance credentials. Their roles are few and known; suppress by principal.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
  match(e) {
    const instance = e.actor.type === 'AssumedRole' ? INSTANCE_SESSION.exec(e.actor.arn ?? '')?.[1] : undefined;
    if (!instance) return undefined;
    const passed = passedRole(e);
    // An instance launching copies of itself with its own profile is a fleet, not an escalation.
    if (!passed || (e.actor.sessionIssuer && lastSegment(e.actor.sessionIssuer) === passed.role)) return undefined;
    return `${who(e)} (credentials of instance ${instance}) passed role ${passed.role} to ${passed.to}`;
  },
});
