import { defineExamples } from '../../kit/index.js';

const fn = `resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = "python3.13"
  handler       = "app.handler"
  filename      = "fn.zip"
}
`;

const tfPermission = (principal: string, extra = '') => `${fn}
resource "aws_lambda_permission" "caller" {
  statement_id  = "Caller"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn.function_name
  principal     = "${principal}"${extra}
}`;

const cfn = (principal: string, extra = '') => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/fn
      Code:
        ZipFile: |
          def handler(event, context):
              return {"ok": True}
  Caller:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: "${principal}"${extra}
`;

export default defineExamples({
  terraform: {
    good: [fn, tfPermission('events.amazonaws.com'), tfPermission('444455556666', '\n  principal_org_id = "o-a1b2c3d4e5"')],
    bad: [tfPermission('444455556666'), tfPermission('arn:aws:iam::444455556666:role/caller')],
  },
  cloudformation: {
    good: [cfn('events.amazonaws.com')],
    bad: [cfn('444455556666')],
  },
});
