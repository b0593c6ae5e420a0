import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111122223333:role/fn"
  handler       = "index.handler"
  filename      = "fn.zip"
${extra}
}`;

const cfn = (props: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/fn
      Code:
        ZipFile: |
          exports.handler = async () => ({ statusCode: 200 });
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf(`  runtime       = "nodejs22.x"
  tracing_config {
    mode = "Active"
  }`)],
    bad: [tf(`  runtime       = "nodejs22.x"
  tracing_config {
    mode = "PassThrough"
  }`), tf('  runtime       = "nodejs22.x"')],
    unknown: [tf(`  runtime       = "nodejs22.x"
  tracing_config {
    mode = var.x
  }`, 'variable "x" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      Runtime: nodejs22.x
      TracingConfig:
        Mode: Active`)],
    bad: [cfn(`      Runtime: nodejs22.x`)],
  },
});
