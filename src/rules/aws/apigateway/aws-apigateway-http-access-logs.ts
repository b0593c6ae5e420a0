import { defineRule } from '../../kit/index.js';
import { judgeStages } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-http-access-logs',
  title: 'HTTP or WebSocket API stage does not write access logs',
  severity: 'medium',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.http-api',
  description: 'Every stage of an API Gateway HTTP or WebSocket API should send access logs to CloudWatch Logs.',
  risk: 'Without access logs there is no record of which client called which route: abuse and data scraping through the API cannot be detected or reconstructed after an incident.',
  remediation: {
    cli: "aws apigatewayv2 update-stage --api-id API_ID --stage-name '$default' --access-log-settings DestinationArn=LOG_GROUP_ARN,Format='$context.requestId $context.identity.sourceIp $context.routeKey $context.status'",
    terraform: `resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.api.id
  name        = "$default"
  auto_deploy = true
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", route = "$context.routeKey", status = "$context.status" })
  }
}`,
    cloudformation: `DefaultStage:
  Type: AWS::ApiGatewayV2::Stage
  Properties:
    ApiId: !Ref Api
    StageName: $default
    AccessLogSettings:
      DestinationArn: !GetAtt ApiAccessLogs.Arn
      Format: '$context.requestId $context.identity.sourceIp $context.routeKey $context.status'`,
    console: 'API Gateway > the API > Monitor > Logging > the stage > Edit: turn on access logging and choose the log group.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-9'],
  evaluate(api) {
    return judgeStages(api.properties.stages, (s) => s.accessLogsEnabled, { fail: (s) => `stage ${s.name} writes no access logs`, pass: 'every stage writes access logs' });
  },
});
