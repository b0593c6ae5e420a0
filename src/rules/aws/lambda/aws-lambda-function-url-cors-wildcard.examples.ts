import { defineExamples } from '../../kit/index.js';

const tf = (auth: string, cors: string) => `resource "aws_lambda_function" "fn" {
  function_name = "fn"
  role          = "arn:aws:iam::111122223333:role/fn"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "fn.zip"
}

resource "aws_lambda_function_url" "fn" {
  function_name      = aws_lambda_function.fn.function_name
  authorization_type = "${auth}"
${cors}
}`;

const cfn = (auth: string, cors: string) => `Resources:
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
${cors}
`;

const tfCors = (origins: string) => `  cors {\n    allow_origins = ${origins}\n  }`;
const cfnCors = (origins: string) => `      Cors:\n        AllowOrigins: ${origins}`;

export default defineExamples({
  terraform: {
    good: [tf('NONE', ''), tf('NONE', tfCors('["https://app.example.com"]'))],
    bad: [tf('NONE', tfCors('["*"]'))],
    unknown: [`variable "origins" {\n  type = list(string)\n}\n${tf('NONE', tfCors('var.origins'))}`],
  },
  cloudformation: {
    good: [cfn('NONE', cfnCors('[https://app.example.com]'))],
    bad: [cfn('NONE', cfnCors("['*']"))],
  },
});
