import { check, defineRule } from '../../kit/index.js';

/** Policies that still accept TLS 1.0/1.1: the legacy `TLS_1_0` and enhanced policies whose name sets 1_0 or 1_1 as the floor. */
export function acceptsOldTls(policy: string): boolean {
  return /(^|_)1_[01](_|$)/.test(policy.toUpperCase().replace(/^SECURITYPOLICY_/, ''));
}

export default defineRule({
  id: 'aws-apigateway-domain-tls12',
  title: 'API Gateway custom domain accepts TLS versions below 1.2',
  severity: 'medium',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.domain-name',
  description: 'Custom domain names of API Gateway should use the TLS_1_2 security policy (or a newer enhanced policy), so clients cannot negotiate TLS 1.0 or 1.1.',
  risk: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak CBC suites, SHA-1 handshakes); a downgrade exposes API credentials and payloads to interception, and PCI DSS forbids them.',
  remediation: {
    cli: 'aws apigateway update-domain-name --domain-name api.example.com --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
    terraform: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}`,
    cloudformation: `ApiDomain:
  Type: AWS::ApiGateway::DomainName
  Properties:
    DomainName: api.example.com
    RegionalCertificateArn: !Ref Certificate
    SecurityPolicy: TLS_1_2
    EndpointConfiguration:
      Types: [REGIONAL]`,
    console: 'API Gateway > Custom domain names > the domain > Edit: set the minimum TLS version (security policy) to TLS 1.2.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html'],
  evaluate(domain) {
    return check('securityPolicy', domain.properties.securityPolicy, (p) => !acceptsOldTls(p), {
      pass: 'the domain requires TLS 1.2 or newer',
      fail: 'the domain still accepts TLS 1.0 (security policy TLS_1_0)',
    });
  },
});
