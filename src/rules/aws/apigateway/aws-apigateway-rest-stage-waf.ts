import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, unknown } from '../../kit/index.js';
import { judgeStages, restApiIsPublic } from '../../kit/aws-network-api.js';

export default defineRule({
  id: 'aws-apigateway-rest-stage-waf',
  title: 'Public REST API stage is not protected by AWS WAF',
  severity: 'medium',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'Every deployed stage of an edge-optimized or regional REST API should have an AWS WAF web ACL associated. Private APIs, reachable only from VPCs, are not judged.',
  risk: 'Without a web ACL, injection payloads, credential stuffing and request floods reach the backend integrations unfiltered, and there is nowhere to block an exploit quickly while a fix ships.',
  remediation: {
    cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn arn:aws:apigateway:eu-west-1::/restapis/API_ID/stages/prod',
    terraform: `resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}`,
    cloudformation: `ApiWaf:
  Type: AWS::WAFv2::WebACLAssociation
  Properties:
    ResourceArn: !Sub arn:aws:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/prod
    WebACLArn: !GetAtt WebAcl.Arn`,
    console: 'WAF & Shield > Web ACLs > the regional web ACL > Associated AWS resources > Add AWS resources > API Gateway: select the API stage.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4'],
  evaluate(api, ctx) {
    const pub = restApiIsPublic(api.properties.endpointType);
    if (pub === false) return undefined;
    if (pub === undefined) return unknown('the endpoint type of the API could not be determined', evidence('endpointType', api.properties.endpointType));
    // The stage reports its web ACL; a WAFv2 association naming the stage ARN counts as well.
    const associated = (stage: string) => ctx.referencing('aws.wafv2.web-acl-association', 'resourceId', `${api.uid}/stages/${stage}`).length > 0;
    const out = judgeStages(api.properties.stages, (s) => s.webAclArn !== null || associated(s.name), {
      fail: (s) => `stage ${s.name} of the ${isKnown(api.properties.endpointType) ? api.properties.endpointType.value.toLowerCase() : ''} API has no WAF web ACL`,
      pass: 'every stage has a WAF web ACL',
    });
    // An association whose target could not be resolved might be one of these stages.
    const unresolved = out?.some((o) => o.status === 'fail') ? ctx.inAccount('aws.wafv2.web-acl-association', api.account).find((a) => !isKnown(a.properties.resourceId)) : undefined;
    if (unresolved) return unknown('a WAF web ACL association targets an unresolvable resource, which may be a stage of this API', evidence('webAclAssociation.resourceId', unresolved.properties.resourceId));
    return out;
  },
});
