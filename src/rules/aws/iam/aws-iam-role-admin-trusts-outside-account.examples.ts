import { defineExamples } from '../../kit/index.js';
import { hcl } from '../../kit/aws-iam-examples.js';

const trust = (st: object) => hcl({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...st }] });
const role = (st: object, attach = 'arn:aws:iam::aws:policy/AdministratorAccess') => `resource "aws_iam_role" "r" {
  name               = "ops"
  assume_role_policy = jsonencode(${trust(st)})
}
resource "aws_iam_role_policy_attachment" "a" {
  role       = aws_iam_role.r.name
  policy_arn = "${attach}"
}`;
const cfn = (principal: string, extra = '') => `Resources:
  Ops:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal: { AWS: "${principal}" }${extra}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
`;

export default defineExamples({
  terraform: {
    good: [
      role({ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }),
      role({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }, 'arn:aws:iam::aws:policy/ReadOnlyAccess'),
    ],
    bad: [role({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }), role({ Principal: { AWS: '*' }, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })],
    unknown: [`${role({ Principal: { AWS: '444455556666' } }, '${var.policy}')}\nvariable "policy" {}`],
  },
  cloudformation: {
    good: [cfn('arn:aws:iam::444455556666:root', '\n            Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } }')],
    bad: [cfn('arn:aws:iam::444455556666:root')],
  },
});
