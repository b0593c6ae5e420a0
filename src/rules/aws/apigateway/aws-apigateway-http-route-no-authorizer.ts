import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-apigateway-http-route-no-authorizer',
  title: 'HTTP or WebSocket API route has no authorizer',
  severity: 'high',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.http-api',
  description: 'Routes of API Gateway HTTP APIs should use an authorizer (JWT, Lambda or IAM); for WebSocket APIs the $connect route must, since it is the only route that can. CORS preflight (OPTIONS) routes are not counted.',
  risk: 'An unauthenticated route lets anyone on the internet invoke the integration behind it: read or change data, trigger Lambda functions at will and run up costs.',
  remediation: {
    cli: 'aws apigatewayv2 update-route --api-id API_ID --route-id ROUTE_ID --authorization-type JWT --authorizer-id AUTHORIZER_ID',
    terraform: `resource "aws_apigatewayv2_route" "get_items" {
  api_id             = aws_apigatewayv2_api.api.id
  route_key          = "GET /items"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.users.id
  target             = "integrations/\${aws_apigatewayv2_integration.items.id}"
}`,
    cloudformation: `GetItems:
  Type: AWS::ApiGatewayV2::Route
  Properties:
    ApiId: !Ref Api
    RouteKey: GET /items
    AuthorizationType: JWT
    AuthorizerId: !Ref UsersAuthorizer
    Target: !Sub integrations/\${ItemsIntegration}`,
    console: 'API Gateway > the API > Authorization > the route > Attach authorizer (create a JWT or Lambda authorizer first if needed).',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-8'],
  evaluate(api) {
    const { unauthenticatedRoutes: routes, protocolType } = api.properties;
    if (!isKnown(routes) || !isKnown(protocolType)) return unknown('the routes or the protocol of the API could not be determined', evidence('unauthenticatedRoutes', routes), evidence('protocolType', protocolType));
    // WebSocket APIs authorize once, on $connect; their other routes carry no authorization setting.
    const open = protocolType.value.toUpperCase() === 'WEBSOCKET' ? routes.value.filter((r) => r === '$connect') : routes.value;
    if (open.length === 0) return pass('every route requires authorization', evidence('unauthenticatedRoutes', routes));
    return fail(`${open.length} route(s) have no authorizer: ${open.slice(0, 5).join(', ')}${open.length > 5 ? ', ...' : ''}`, evidence('unauthenticatedRoutes', routes));
  },
});
