import { defineExamples } from '../../kit/index.js';

const v1 = (policy: string) => `${policy.startsWith('var.') ? 'variable "tls_policy" {\n  type = string\n}\n\n' : ''}resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
${policy ? `  security_policy          = ${policy}\n` : ''}
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}`;
const v2 = (policy: string) => `resource "aws_apigatewayv2_domain_name" "ws" {
  domain_name = "ws.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
    endpoint_type   = "REGIONAL"
    security_policy = "${policy}"
  }
}`;
const cfn = (policy: string) => `Resources:
  ApiDomain:
    Type: AWS::ApiGateway::DomainName
    Properties:
      DomainName: api.example.com
      RegionalCertificateArn: arn:aws:acm:eu-west-1:111122223333:certificate/abc
      SecurityPolicy: ${policy}
      EndpointConfiguration:
        Types: [REGIONAL]
`;

export default defineExamples({
  terraform: {
    good: [v1('"TLS_1_2"'), v2('TLS_1_2')],
    bad: [v1('"TLS_1_0"'), v2('TLS_1_0')],
    unknown: [v1(''), v1('var.tls_policy')],
  },
  cloudformation: { good: [cfn('TLS_1_2')], bad: [cfn('TLS_1_0')] },
});
