/**
 * Terraform API Gateway configurations for the API rules' examples: a compliant REST API (regional, every
 * method behind a Cognito authorizer, a stage with access logs, ERROR execution logs, X-Ray and a WAF web
 * ACL) and an HTTP API (JWT-protected route, logged stage), each with switches that break one setting.
 */
export interface RestApiOptions {
  readonly endpoint?: string;
  readonly authorization?: string;
  readonly accessLogs?: boolean;
  readonly loggingLevel?: string | null;
  readonly waf?: boolean;
  /** A resource policy admitting only one VPC endpoint. */
  readonly vpcPolicy?: boolean;
}

export function tfRestApi(o: RestApiOptions = {}): string {
  const auth = o.authorization ?? 'COGNITO_USER_POOLS';
  const policy = o.vpcPolicy
    ? `  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*", Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } } }]
  })
`
    : '';
  return `resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
${policy}
  endpoint_configuration {
    types = ["${o.endpoint ?? 'REGIONAL'}"]
  }
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_authorizer" "users" {
  name          = "users"
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  type          = "COGNITO_USER_POOLS"
  provider_arns = ["arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_example"]
}

resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "${auth}"
${auth === 'COGNITO_USER_POOLS' ? '  authorizer_id = aws_api_gateway_authorizer.users.id\n' : ''}}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/api/orders"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "prod"
  xray_tracing_enabled = true
${o.accessLogs === false ? '' : '\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId $context.identity.sourceIp $context.status"\n  }\n'}}
${o.loggingLevel === null ? '' : `
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level = "${o.loggingLevel ?? 'ERROR'}"
  }
}
`}${o.waf === false ? '' : `
resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
`}`;
}

export function tfHttpApi(o: { protocol?: string; routeKey?: string; authorization?: string; accessLogs?: boolean } = {}): string {
  const auth = o.authorization ?? 'JWT';
  return `resource "aws_apigatewayv2_api" "items" {
  name          = "items"
  protocol_type = "${o.protocol ?? 'HTTP'}"
}

resource "aws_apigatewayv2_authorizer" "users" {
  api_id           = aws_apigatewayv2_api.items.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "users"

  jwt_configuration {
    audience = ["items"]
    issuer   = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example"
  }
}

resource "aws_apigatewayv2_route" "route" {
  api_id             = aws_apigatewayv2_api.items.id
  route_key          = "${o.routeKey ?? 'GET /items'}"
  authorization_type = "${auth}"
${auth === 'JWT' ? '  authorizer_id      = aws_apigatewayv2_authorizer.users.id\n' : ''}}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/api/items"
  retention_in_days = 365
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.items.id
  name        = "$default"
  auto_deploy = true
${o.accessLogs === false ? '' : '\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = "$context.requestId $context.identity.sourceIp $context.routeKey $context.status"\n  }\n'}}`;
}

/** The CloudFormation counterpart of `tfRestApi` (the web ACL association names the stage through `!Ref`). */
export function cfnRestApi(o: RestApiOptions = {}): string {
  const auth = o.authorization ?? 'COGNITO_USER_POOLS';
  const level = o.loggingLevel === undefined ? 'ERROR' : o.loggingLevel;
  return `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
      EndpointConfiguration:
        Types: [${o.endpoint ?? 'REGIONAL'}]
${o.vpcPolicy ? '      Policy:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: execute-api:Invoke\n            Resource: execute-api:/*\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-0123456789abcdef0\n' : ''}  Orders:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref Api
      ParentId: !GetAtt Api.RootResourceId
      PathPart: orders
  Users:
    Type: AWS::ApiGateway::Authorizer
    Properties:
      Name: users
      RestApiId: !Ref Api
      Type: COGNITO_USER_POOLS
      ProviderARNs: [arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_example]
  GetOrders:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Orders
      HttpMethod: GET
      AuthorizationType: ${auth}
${auth === 'COGNITO_USER_POOLS' ? '      AuthorizerId: !Ref Users\n' : ''}  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      DeploymentId: d3pl0y
      StageName: prod
      TracingEnabled: true
${o.accessLogs === false ? '' : '      AccessLogSetting:\n        DestinationArn: !GetAtt Logs.Arn\n        Format: $context.requestId\n'}${level === null ? '' : `      MethodSettings:\n        - ResourcePath: /*\n          HttpMethod: "*"\n          LoggingLevel: ${level}\n`}${o.waf === false ? '' : '  ApiWaf:\n    Type: AWS::WAFv2::WebACLAssociation\n    Properties:\n      ResourceArn: !Ref Prod\n      WebACLArn: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/abc\n'}`;
}

/** The CloudFormation counterpart of `tfHttpApi`. */
export function cfnHttpApi(o: { protocol?: string; routeKey?: string; authorization?: string; accessLogs?: boolean } = {}): string {
  return `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: items
      ProtocolType: ${o.protocol ?? 'HTTP'}
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: ${JSON.stringify(o.routeKey ?? 'GET /items')}
      AuthorizationType: ${o.authorization ?? 'JWT'}
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  DefaultStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: !Ref Api
      StageName: $default
${o.accessLogs === false ? '' : '      AccessLogSettings:\n        DestinationArn: !GetAtt Logs.Arn\n        Format: $context.requestId\n'}`;
}
