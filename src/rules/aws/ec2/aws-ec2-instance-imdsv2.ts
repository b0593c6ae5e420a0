import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-imdsv2',
  title: 'EC2 instance does not require IMDSv2',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description: 'EC2 instances should require session tokens for the instance metadata service (http_tokens = "required", IMDSv2 only), or have the metadata endpoint disabled.',
  risk: 'With IMDSv1 allowed, a server-side request forgery or an open proxy on the instance lets an attacker read the instance role\'s temporary credentials with one unauthenticated GET (the Capital One breach pattern).',
  remediation: {
    cli: 'aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled',
    terraform: `resource "aws_instance" "web" {
  # ...
  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
}`,
    cloudformation: `Web:
  Type: AWS::EC2::Instance
  Properties:
    MetadataOptions:
      HttpTokens: required
      HttpEndpoint: enabled`,
    console: 'EC2 > Instances > the instance > Actions > Instance settings > Modify instance metadata options > IMDSv2: Required.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  evaluate(instance) {
    const { metadataHttpTokens: tokens, metadataHttpEndpoint: endpoint } = instance.properties;
    const evT = evidence('metadataHttpTokens', tokens);
    const evE = evidence('metadataHttpEndpoint', endpoint);
    if (isKnown(endpoint) && endpoint.value.toLowerCase() === 'disabled') return pass('The instance metadata endpoint is disabled', evE);
    if (isKnown(tokens) && tokens.value.toLowerCase() === 'required') return pass('IMDSv2 is required', evT);
    if (!isKnown(tokens)) return unknown(`metadata http_tokens could not be determined: ${tokens.reason ?? 'unresolvable'}`, evT);
    if (!isKnown(endpoint)) return unknown(`IMDSv1 is allowed, but whether the metadata endpoint is enabled is unknown: ${endpoint.reason ?? 'unresolvable'}`, evE, evT);
    return fail(`IMDSv1 is allowed (http_tokens = "${tokens.value}") and the metadata endpoint is enabled`, evT);
  },
});
