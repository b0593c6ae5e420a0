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
  environment {
    variables = {
      LOG_LEVEL     = "info"
      DB_SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf"
    }
  }`)],
    bad: [tf(`  runtime       = "nodejs22.x"
  environment {
    variables = {
      LOG_LEVEL   = "info"
      DB_PASSWORD = "hunter2-but-longer"
    }
  }`)],
    unknown: [tf(`  runtime       = "nodejs22.x"
  environment {
    variables = var.x
  }`, 'variable "x" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      Runtime: nodejs22.x
      Environment:
        Variables:
          TABLE_NAME: orders
          API_KEY_PARAMETER_NAME: /app/api-key`)],
    bad: [cfn(`      Runtime: nodejs22.x
      Environment:
        Variables:
          TABLE_NAME: orders
          UPSTREAM_CREDS: AKIAIOSFODNN7EXAMPLE`)],
  },
});
