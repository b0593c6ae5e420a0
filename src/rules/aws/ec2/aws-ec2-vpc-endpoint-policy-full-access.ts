import { isKnown } from '../../../model/core/index.js';
import { asList, parsePolicyDocument, type PolicyStatement } from '../../../model/aws/policy.js';
import { defineRule, evidence, fail, hasNarrowingCondition, isAnyonePrincipal, pass, statementCoversAllResources, unknown } from '../../kit/index.js';

/** Allow of every action to anyone on every resource, with no condition narrowing who calls. */
function fullAccess(st: PolicyStatement): boolean {
  if (st.Effect !== 'Allow' || !isAnyonePrincipal(st.Principal) || hasNarrowingCondition(st)) return false;
  const everyAction = asList(st.Action).some((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a));
  return everyAction && statementCoversAllResources(st);
}

export default defineRule({
  id: 'aws-ec2-vpc-endpoint-policy-full-access',
  title: 'VPC endpoint policy allows any principal every action',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.vpc-endpoint',
  description: 'Gateway and interface VPC endpoints should carry a policy naming the actions, resources or principals the VPC needs (for example only your own buckets or accounts), not the default full-access policy with "*" principal and "*" actions.',
  risk: "With a full-access endpoint, anyone inside the VPC can use the endpoint to move data to buckets or services in any AWS account, including an attacker's, bypassing egress controls built on the network path.",
  remediation: {
    cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id vpce-0123456789abcdef0 --policy-document file://endpoint-policy.json',
    terraform: `resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.s3"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:PutObject"]
      Resource  = ["arn:aws:s3:::acme-app-data/*"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
    }]
  })
}`,
    cloudformation: `S3Endpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcId: !Ref Vpc
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
    PolicyDocument:
      Statement:
        - Effect: Allow
          Principal: "*"
          Action: [s3:GetObject, s3:PutObject]
          Resource: arn:aws:s3:::acme-app-data/*`,
    console: 'VPC > Endpoints > the endpoint > Actions > Manage policy > Custom: allow only the actions and resources (or the organization) the workloads in the VPC need.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html', 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html#vpc-endpoints-policies-s3'],
  evaluate(endpoint) {
    const policy = endpoint.properties.policy;
    if (!isKnown(policy)) return unknown(`the endpoint policy could not be determined: ${policy.reason ?? 'unresolvable'}`, evidence('policy', policy));
    if (policy.value === null) {
      // Gateway Load Balancer endpoints take no policy; every other type without one gets full access.
      const type = endpoint.properties.endpointType;
      if (isKnown(type) && type.value === 'GatewayLoadBalancer') return undefined;
      return fail('the endpoint has no policy, which AWS treats as full access for any principal', evidence('policy', policy));
    }
    const doc = parsePolicyDocument(policy.value);
    if (!doc.ok) return unknown(`the endpoint policy does not parse: ${doc.error}`, evidence('policy', policy));
    const open = doc.document.Statement.findIndex(fullAccess);
    if (open >= 0) return fail(`statement ${doc.document.Statement[open]!.Sid ?? open} allows any principal every action on every resource`, evidence('policy', policy));
    return pass('the endpoint policy restricts principals, actions or resources', evidence('policy', policy));
  },
});
