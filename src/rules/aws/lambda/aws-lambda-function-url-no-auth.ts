import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-lambda-function-url-no-auth',
  title: 'Lambda function URL does not require authentication',
  severity: 'high',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function-url',
  description: 'Lambda function URLs should use the AWS_IAM auth type; NONE makes the HTTPS endpoint callable by anyone on the internet.',
  risk: 'An unauthenticated function URL is a public HTTPS endpoint: anyone who finds it can invoke the function with arbitrary input, abuse its permissions and run up its bill.',
  remediation: {
    cli: 'aws lambda update-function-url-config --function-name FUNCTION --auth-type AWS_IAM',
    terraform: `resource "aws_lambda_function_url" "this" {
  function_name      = aws_lambda_function.this.function_name
  authorization_type = "AWS_IAM"
}`,
    cloudformation: `Type: AWS::Lambda::Url
Properties:
  TargetFunctionArn: !GetAtt Function.Arn
  AuthType: AWS_IAM`,
    console: 'Lambda > Functions > the function > Configuration > Function URL > Edit > Auth type: AWS_IAM. If the URL must be public, front it with API Gateway or CloudFront with authentication and rate limits.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  evaluate(url) {
    return check('authType', url.properties.authType, (t) => t.toUpperCase() !== 'NONE', {
      pass: 'the function URL requires IAM authentication',
      fail: 'the function URL accepts unauthenticated requests (auth type NONE)',
    });
  },
});
