import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-lambda-function-tracing',
  title: 'Lambda function does not have X-Ray active tracing',
  severity: 'low',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description: 'Lambda functions should use X-Ray active tracing so every invocation and its downstream calls are traced.',
  risk: 'Without traces, unusual call patterns, failing dependencies and the path of a malicious request through the system are hard to see.',
  remediation: {
    cli: 'aws lambda update-function-configuration --function-name FUNCTION --tracing-config Mode=Active',
    terraform: `resource "aws_lambda_function" "this" {
  # ...
  tracing_config {
    mode = "Active"
  }
}`,
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  TracingConfig:
    Mode: Active`,
    console: 'Lambda > Functions > the function > Configuration > Monitoring and operations tools > Edit > AWS X-Ray: Active tracing.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
  evaluate(fn) {
    return check('tracingMode', fn.properties.tracingMode, (m) => m.toLowerCase() === 'active', { pass: 'active tracing is on', fail: 'active tracing is off (PassThrough)' });
  },
});
