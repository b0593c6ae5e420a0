import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elbv2-alb-waf',
  title: 'Internet-facing Application Load Balancer is not protected by AWS WAF',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'Internet-facing Application Load Balancers should have an AWS WAF web ACL associated. Internal and network load balancers are not judged.',
  risk: 'Without a web ACL, injection attempts, known-bad bots and request floods reach the application unfiltered, and there is no quick place to block an exploit while a fix ships.',
  remediation: {
    cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn LOAD_BALANCER_ARN',
    terraform: `resource "aws_wafv2_web_acl_association" "alb" {
  resource_arn = aws_lb.this.arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}`,
    cloudformation: `AlbWaf:
  Type: AWS::WAFv2::WebACLAssociation
  Properties:
    ResourceArn: !Ref LoadBalancer
    WebACLArn: !GetAtt WebAcl.Arn`,
    console: 'WAF & Shield > Web ACLs > the web ACL (scope: the region) > Associated AWS resources > Add AWS resources > Application Load Balancer.',
  },
  references: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16'],
  evaluate(lb, ctx) {
    const { lbType, scheme } = lb.properties;
    if (isKnown(lbType) && lbType.value !== 'application') return undefined;
    if (isKnown(scheme) && scheme.value !== 'internet-facing') return undefined;
    if (!isKnown(lbType) || !isKnown(scheme)) return unknown('the load balancer type or scheme could not be determined', evidence('lbType', lbType), evidence('scheme', scheme));
    const assoc = ctx.referencing('aws.wafv2.web-acl-association', 'resourceId', lb.uid);
    if (assoc.length > 0) return pass('a WAF web ACL is associated', evidence('webAclAssociation.resourceId', assoc[0]!.properties.resourceId));
    // An association whose target we could not resolve might be this load balancer's.
    const unresolved = ctx.inAccount('aws.wafv2.web-acl-association', lb.account).find((a) => !isKnown(a.properties.resourceId));
    if (unresolved) return unknown('a WAF web ACL association targets an unresolvable resource, which may be this load balancer', evidence('webAclAssociation.resourceId', unresolved.properties.resourceId));
    return fail('no WAF web ACL is associated with this internet-facing load balancer', evidence('scheme', scheme));
  },
});
