import { defineExamples } from '../../kit/index.js';

const tf = (auth: string, head = '') => `${head}resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function_url" "fn" {
  function_name      = aws_lambda_function.fn.function_name
  authorization_type = ${auth}
}`;

const cfn = (auth: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/fn
      Code:
        ZipFile: |
          exports.handler = async () => ({ statusCode: 200 });
  FnUrl:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: !GetAtt Fn.Arn
      AuthType: ${auth}
`;

export default defineExamples({
  terraform: {
    good: [tf('"AWS_IAM"')],
    bad: [tf('"NONE"')],
    unknown: [tf('var.auth_type', 'variable "auth_type" {}\n')],
  },
  cloudformation: {
    good: [cfn('AWS_IAM')],
    bad: [cfn('NONE')],
  },
});
