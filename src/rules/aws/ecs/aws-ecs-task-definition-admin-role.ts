import { isKnown } from '../../../model/core/index.js';
import type { IamRole } from '../../../model/aws/iam.js';
import { defineRule, evidence, pass, unknown } from '../../kit/index.js';
import { judgeRoleAdmin } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-ecs-task-definition-admin-role',
  title: 'ECS task role has administrator access',
  severity: 'high',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description:
    'The task role of an ECS task definition should not grant administrator access (AdministratorAccess, or a policy allowing every action on every resource). The role is looked up in the same scan; a role outside it makes the verdict unknown.',
  risk: 'Every process in the task can fetch the role\'s credentials from the container credentials endpoint: a remote code execution bug in any container becomes an account takeover.',
  remediation: {
    cli: 'aws iam detach-role-policy --role-name TASK_ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # then attach a policy naming only what the task calls',
    terraform: `resource "aws_iam_role_policy" "task" {
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "\${aws_s3_bucket.assets.arn}/*" }]
  })
}`,
    cloudformation: `TaskRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }] }
    Policies: [{ PolicyName: read-assets, PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: !Sub "\${Assets.Arn}/*" }] } }]`,
    console: 'IAM > Roles > the task role > Permissions: remove AdministratorAccess and broad policies; IAM Access Analyzer can generate a least-privilege policy from CloudTrail activity.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  evaluate(td, ctx) {
    const ref = td.properties.taskRoleArn;
    const ev = evidence('taskRoleArn', ref);
    if (!isKnown(ref)) return unknown(`the task role could not be determined: ${ref.reason ?? 'unresolvable'}`, ev);
    if (ref.value === null) return pass('the task definition has no task role, so its containers get no AWS credentials', ev);
    const found = ctx.get(ref.value) ?? (ref.value.endsWith('.arn') ? ctx.get(ref.value.slice(0, -4)) : undefined);
    if (found?.type !== 'aws.iam.role') return unknown(`the task role ${ref.value} is not in the inventory, so its permissions cannot be judged`, ev);
    const role = found as IamRole;
    const verdict = judgeRoleAdmin(role, ctx);
    const message = verdict.status === 'fail' ? `task role ${role.name}: ${verdict.message}` : verdict.status === 'pass' ? `the task role ${role.name} grants no administrator access` : verdict.message;
    return { ...verdict, message, evidence: [ev, ...verdict.evidence] };
  },
});
