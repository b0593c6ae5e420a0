import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { restApiIsPublic } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-unauthenticated-methods',
  title: 'Public REST API has methods callable without authorization',
  severity: 'high',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Methods of edge-optimized and regional REST APIs should require an authorizer (IAM, Cognito or Lambda) or at least an API key; CORS preflight (OPTIONS) methods are not counted.',
  risk: 'Anyone on the internet can invoke the backend behind an open method: read or change data, run up Lambda and downstream costs, and probe the integration for flaws.',
  remediation: {
    cli: 'aws apigateway update-method --rest-api-id API_ID --resource-id RESOURCE_ID --http-method GET --patch-operations op=replace,path=/authorizationType,value=AWS_IAM && aws apigateway create-deployment --rest-api-id API_ID --stage-name prod',
    terraform: `resource "aws_api_gateway_method" "get_item" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.item.id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.users.id
}`,
    cloudformation: `GetItem:
  Type: AWS::ApiGateway::Method
  Properties:
    RestApiId: !Ref Api
    ResourceId: !Ref ItemResource
    HttpMethod: GET
    AuthorizationType: COGNITO_USER_POOLS
    AuthorizerId: !Ref UsersAuthorizer`,
    console: 'API Gateway > the API > Resources > the method > Method request > Edit: choose an authorizer (or AWS IAM), then Deploy API.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/security-best-practices.html'],
  evaluate(api) {
    const pub = restApiIsPublic(api.properties.endpointType);
    if (pub === false) return undefined;
    const methods = api.properties.unauthenticatedMethods;
    if (pub === undefined || !isKnown(methods)) return unknown('the endpoint type or the methods of the API could not be determined', evidence('endpointType', api.properties.endpointType), evidence('unauthenticatedMethods', methods));
    if (methods.value.length === 0) return pass('every method requires authorization or an API key', evidence('unauthenticatedMethods', methods));
    const shown = methods.value.slice(0, 5).join(', ') + (methods.value.length > 5 ? `, and ${methods.value.length - 5} more` : '');
    return fail(`${methods.value.length} method(s) need no authorization: ${shown}`, evidence('unauthenticatedMethods', methods));
  },
});
