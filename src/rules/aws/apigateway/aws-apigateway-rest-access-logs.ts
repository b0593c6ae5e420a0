import { defineRule } from '../../kit/index.js';
import { judgeStages } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-access-logs',
  title: 'REST API stage does not write access logs',
  severity: 'medium',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Every deployed stage of a REST API should send access logs (caller, request, status, latency) to CloudWatch Logs or Kinesis Data Firehose.',
  risk: 'Without access logs there is no record of who called which method and when: abuse, credential stuffing and data scraping through the API cannot be detected or investigated.',
  remediation: {
    cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name prod --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=LOG_GROUP_ARN op=replace,path=/accessLogSettings/format,value=\'$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status\'',
    terraform: `resource "aws_api_gateway_stage" "prod" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}`,
    cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    StageName: prod
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    AccessLogSetting:
      DestinationArn: !GetAtt ApiAccessLogs.Arn
      Format: '$context.requestId $context.identity.sourceIp $context.status'`,
    console: 'API Gateway > the API > Stages > the stage > Logs and tracing > Edit: turn on custom access logging and choose the log group.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1'],
  evaluate(api) {
    return judgeStages(api.properties.stages, (s) => s.accessLogsEnabled, { fail: (s) => `stage ${s.name} writes no access logs`, pass: 'every stage writes access logs' });
  },
});
