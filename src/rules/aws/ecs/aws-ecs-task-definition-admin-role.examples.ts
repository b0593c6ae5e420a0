import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

const role = (policy: string) => `resource "aws_iam_role" "task" {
  name = "app-task"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
${policy}
`;

const cfnRole = (policy: string) => `  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
${policy}`;

export default defineExamples({
  terraform: {
    good: [
      ecsTaskTf('', '  task_role_arn = aws_iam_role.task.arn', role(`resource "aws_iam_role_policy" "read" {
  role   = aws_iam_role.task.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::assets/*" }] })
}`)),
    ],
    bad: [
      ecsTaskTf('', '  task_role_arn = aws_iam_role.task.arn', role(`resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.task.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`)),
    ],
    unknown: [ecsTaskTf('', '  task_role_arn = var.role', 'variable "role" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [`${ecsTaskCfn('', '      TaskRoleArn: !GetAtt TaskRole.Arn')}${cfnRole(`      Policies:
        - PolicyName: read
          PolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: "arn:aws:s3:::assets/*" }] }`)}
`],
    bad: [`${ecsTaskCfn('', '      TaskRoleArn: !GetAtt TaskRole.Arn')}${cfnRole('      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]')}
`],
  },
});
