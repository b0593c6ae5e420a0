import { defineRule } from '../../kit/index.js';
import { judgeStages } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-xray-tracing',
  title: 'REST API stage does not trace requests with X-Ray',
  severity: 'low',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Deployed stages of REST APIs should have AWS X-Ray active tracing on, so each request can be followed through the API and its integrations.',
  risk: 'Without traces, abuse that fans out through integrations (slow backend calls, unexpected downstream access) is hard to see and to attribute during an investigation.',
  remediation: {
    cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name prod --patch-operations op=replace,path=/tracingEnabled,value=true',
    terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}`,
    cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    TracingEnabled: true`,
    console: 'API Gateway > the API > Stages > the stage > Logs and tracing > Edit: turn on X-Ray tracing.',
  },
  references: ['https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3'],
  evaluate(api) {
    return judgeStages(api.properties.stages, (s) => s.tracingEnabled, { fail: (s) => `stage ${s.name} does not trace with X-Ray`, pass: 'every stage traces with X-Ray' });
  },
});
