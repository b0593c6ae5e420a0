import { defineRule } from '../../kit/index.js';
import { judgeStages } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-backend-certificate',
  title: 'REST API stage does not present a client certificate to its backend',
  severity: 'low',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Deployed stages of REST APIs should be configured with an API Gateway client certificate, so HTTP backends can verify that requests really come from API Gateway.',
  risk: 'A backend that cannot tell API Gateway from any other caller can be called directly, bypassing the API\'s authorizers, throttling and WAF.',
  remediation: {
    cli: 'aws apigateway generate-client-certificate --description api-backend && aws apigateway update-stage --rest-api-id API_ID --stage-name prod --patch-operations op=replace,path=/clientCertificateId,value=CERT_ID',
    terraform: `resource "aws_api_gateway_client_certificate" "backend" {
  description = "api-backend"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}`,
    cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    ClientCertificateId: !Ref BackendCertificate`,
    console: 'API Gateway > Client certificates > Generate; then the API > Stages > the stage > Edit: choose the client certificate, and configure the backend to require it.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-2'],
  evaluate(api) {
    return judgeStages(api.properties.stages, (s) => s.clientCertificateId !== null, { fail: (s) => `stage ${s.name} presents no client certificate to its backend`, pass: 'every stage presents a client certificate to its backend' });
  },
});
