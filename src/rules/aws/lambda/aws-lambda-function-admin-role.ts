import { isKnown } from '../../../model/core/index.js';
import type { IamRole } from '../../../model/aws/iam.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { judgeRoleAdmin } from '../../kit/aws-iam-grants.js';

export default defineRule({
  id: 'aws-lambda-function-admin-role',
  title: 'Lambda function runs with an administrator execution role',
  severity: 'high',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description:
    'The execution role of a Lambda function should not grant administrator access (AdministratorAccess, or an inline or customer policy allowing every action on every resource). The role is looked up in the same scan; a role outside it makes the verdict unknown.',
  risk: 'Whoever controls the function\'s input or code (an injection flaw, a vulnerable dependency, a public URL) acts as an administrator of the account: every bug in the function becomes an account takeover.',
  remediation: {
    cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # then attach a policy listing only what the function calls',
    terraform: `resource "aws_iam_role_policy" "fn" {
  role = aws_iam_role.fn.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem"], Resource = aws_dynamodb_table.orders.arn }]
  })
}`,
    cloudformation: `Type: AWS::IAM::Role
Properties:
  AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]`,
    console: 'IAM > Roles > the function\'s execution role > Permissions: remove AdministratorAccess and broad policies; IAM Access Analyzer can generate a policy from the function\'s CloudTrail activity.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  evaluate(fn, ctx) {
    const ref = fn.properties.role;
    const ev = evidence('role', ref);
    if (!isKnown(ref)) return unknown(`the execution role could not be determined: ${ref.reason ?? 'unresolvable'}`, ev);
    const found = ctx.get(ref.value) ?? (ref.value.endsWith('.arn') ? ctx.get(ref.value.slice(0, -4)) : undefined);
    // A live scan that left IAM out (`--services lambda`) has no roles at all: the rule does not apply there.
    if (!found && ctx.sourceKind !== 'iac' && ctx.ofType('aws.iam.role').length === 0) return undefined;
    if (found?.type !== 'aws.iam.role') return unknown(`the execution role ${ref.value} is not in the inventory, so its permissions cannot be judged`, ev);
    const role = found as IamRole;
    const verdict = judgeRoleAdmin(role, ctx, `the execution role ${role.name} grants no administrator access`);
    return { ...verdict, message: verdict.status === 'fail' ? `execution role ${role.name}: ${verdict.message}` : verdict.message, evidence: [ev, ...verdict.evidence] };
  },
});
