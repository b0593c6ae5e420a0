import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-lambda-function-url-cors-wildcard',
  title: 'Unauthenticated Lambda function URL allows cross-origin calls from any website',
  severity: 'medium',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function-url',
  description:
    'A Lambda function URL with auth type NONE should not allow every origin (`*`) in its CORS configuration: browsers then let any web page call it with the visitor\'s network position. With AWS_IAM auth the rule does not apply.',
  risk: 'Any page a user visits can script calls to the function and read the answers, turning the function into an open API for third-party sites (data scraping, abuse of its side effects, cost).',
  remediation: {
    cli: 'aws lambda update-function-url-config --function-name FUNCTION --cors \'{"AllowOrigins":["https://app.example.com"]}\'',
    terraform: `resource "aws_lambda_function_url" "this" {
  function_name      = aws_lambda_function.this.function_name
  authorization_type = "NONE"
  cors {
    allow_origins = ["https://app.example.com"]
  }
}`,
    cloudformation: `Type: AWS::Lambda::Url
Properties:
  TargetFunctionArn: !GetAtt Function.Arn
  AuthType: NONE
  Cors:
    AllowOrigins: [https://app.example.com]`,
    console: 'Lambda > Functions > the function > Configuration > Function URL > Edit > Configure CORS: list your own origins instead of *.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'],
  evaluate(url) {
    const { authType, corsAllowOrigins: origins } = url.properties;
    const ev = [evidence('authType', authType), evidence('corsAllowOrigins', origins)];
    if (isKnown(authType) && authType.value.toUpperCase() !== 'NONE') return undefined;
    if (isKnown(origins) && !origins.value.includes('*')) return pass(origins.value.length === 0 ? 'CORS is not configured: browsers block cross-origin reads' : `CORS allows only ${origins.value.join(', ')}`, ...ev);
    if (!isKnown(authType) || !isKnown(origins)) return unknown('the auth type or the allowed origins could not be determined', ...ev);
    return fail('the unauthenticated function URL allows CORS from any origin (*)', ...ev);
  },
});
