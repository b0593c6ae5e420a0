import { isKnown } from '../../../model/core/index.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** Condition keys that tie callers to a VPC: an API restricted this way is meant for internal use. */
const VPC_KEYS = ['aws:sourcevpc', 'aws:sourcevpce'];
/** Tags teams use to mark an API as internal. */
const INTERNAL_TAGS = ['exposure', 'visibility', 'network-exposure', 'access'];

function vpcBound(doc: PolicyDocument | null): boolean {
  return (doc?.Statement ?? []).some((st) => Object.values(st.Condition ?? {}).some((block) => Object.keys(block).some((k) => VPC_KEYS.includes(k.toLowerCase()))));
}

export default defineRule({
  id: 'aws-apigateway-rest-internal-public-endpoint',
  title: 'Internal REST API uses a public endpoint instead of a private one',
  severity: 'medium',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.rest-api',
  description: 'A REST API meant for internal callers (its resource policy admits only given VPCs or VPC endpoints, or it is tagged exposure/visibility = internal or private) should use the PRIVATE endpoint type rather than an edge-optimized or regional endpoint on the internet.',
  risk: 'A public endpoint guarded only by a resource policy is one policy edit away from exposure, and it still answers (and can be flooded) from the whole internet; a private endpoint has no internet route at all.',
  remediation: {
    cli: 'aws apigateway update-rest-api --rest-api-id API_ID --patch-operations op=replace,path=/endpointConfiguration/types/REGIONAL,value=PRIVATE',
    terraform: `resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types            = ["PRIVATE"]
    vpc_endpoint_ids = [aws_vpc_endpoint.execute_api.id]
  }
}`,
    cloudformation: `InternalApi:
  Type: AWS::ApiGateway::RestApi
  Properties:
    Name: internal
    EndpointConfiguration:
      Types: [PRIVATE]
      VpcEndpointIds: [!Ref ExecuteApiEndpoint]`,
    console: 'API Gateway > the API > API settings > Edit: change the endpoint type to Private and select the execute-api VPC endpoints, then redeploy.',
  },
  references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-api-endpoint-types.html'],
  evaluate(api) {
    const { endpointType, policy } = api.properties;
    if (!isKnown(endpointType)) return unknown('the endpoint type could not be determined', evidence('endpointType', endpointType));
    if (endpointType.value.toUpperCase() === 'PRIVATE') return pass('the API uses a private endpoint', evidence('endpointType', endpointType));
    const tags = isKnown(api.tags) ? api.tags.value : {};
    const tagged = Object.entries(tags).find(([k, v]) => INTERNAL_TAGS.includes(k.toLowerCase()) && ['internal', 'private'].includes(v.toLowerCase()));
    if (tagged) return fail(`the API is tagged ${tagged[0]}=${tagged[1]} but its endpoint is ${endpointType.value}`, evidence('endpointType', endpointType), evidence(`tags.${tagged[0]}`, api.tags));
    if (!isKnown(policy)) return unknown('the resource policy could not be determined, so whether the API is meant for VPC callers is unknown', evidence('policy', policy));
    if (vpcBound(policy.value)) return fail(`the resource policy admits callers by VPC or VPC endpoint, yet the endpoint is ${endpointType.value} (on the internet)`, evidence('endpointType', endpointType), evidence('policy', policy));
    return pass('nothing marks the API as internal; a public endpoint is expected', evidence('endpointType', endpointType), evidence('policy', policy));
  },
});
