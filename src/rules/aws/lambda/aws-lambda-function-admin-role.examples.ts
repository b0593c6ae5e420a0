import { defineExamples } from '../../kit/index.js';

const role = (attach: string) => `resource "aws_iam_role" "fn" {
  name = "fn"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "fn" {
  role       = aws_iam_role.fn.name
  policy_arn = "${attach}"
}

resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "fn.zip"
}`;

const cfn = (managed: string) => `Resources:
  FnRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns: [${managed}]
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      Role: !GetAtt FnRole.Arn
      Code:
        ZipFile: |
          def handler(event, context):
              return {"ok": True}
`;

export default defineExamples({
  terraform: {
    good: [role('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
    bad: [role('arn:aws:iam::aws:policy/AdministratorAccess')],
    unknown: [`resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111122223333:role/defined-elsewhere"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "fn.zip"
}`],
  },
  cloudformation: {
    good: [cfn('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
    bad: [cfn('arn:aws:iam::aws:policy/AdministratorAccess')],
  },
});
