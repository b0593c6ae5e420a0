import { defineRule } from '../../kit/index.js';
import { judgeStages } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-execution-logging',
  title: 'REST API stage has execution logging turned off',
  severity: 'low',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Every deployed stage of a REST API should log execution at ERROR or INFO level for all methods, so failed authorizations, integration errors and throttling show up in CloudWatch Logs.',
  risk: 'With execution logging off, authorizer failures, malformed requests and integration errors leave no trace: attacks probing the API and outages caused by it are invisible.',
  remediation: {
    cli: "aws apigateway update-stage --rest-api-id API_ID --stage-name prod --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=ERROR'",
    terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level = "ERROR"
  }
}`,
    cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    StageName: prod
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    MethodSettings:
      - ResourcePath: /*
        HttpMethod: '*'
        LoggingLevel: ERROR`,
    console: 'API Gateway > the API > Stages > the stage > Logs and tracing > Edit: set CloudWatch logs to "Errors only" or "Errors and info logs".',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1'],
  evaluate(api) {
    return judgeStages(api.properties.stages, (s) => s.executionLoggingLevel !== null && s.executionLoggingLevel.toUpperCase() !== 'OFF', {
      fail: (s) => `stage ${s.name} has execution logging ${s.executionLoggingLevel === null ? 'unset' : 'off'}`,
      pass: 'every stage logs execution at ERROR or INFO',
    });
  },
});
