import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-launch-template-imdsv2',
  title: 'EC2 launch template does not require IMDSv2',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.launch-template',
  description: 'Launch templates should set the instance metadata option http_tokens to "required", so every instance they launch (Auto Scaling groups, EKS node groups, Batch) accepts IMDSv2 only.',
  risk: 'Every instance launched from the template allows IMDSv1, whose credentials can be stolen through server-side request forgery; fixing instances one by one does not help, since scaling brings the setting back.',
  remediation: {
    cli: 'aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version $Latest --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required","HttpEndpoint":"enabled"}}\'',
    terraform: `resource "aws_launch_template" "app" {
  # ...
  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
}`,
    cloudformation: `AppTemplate:
  Type: AWS::EC2::LaunchTemplate
  Properties:
    LaunchTemplateData:
      MetadataOptions:
        HttpTokens: required
        HttpEndpoint: enabled`,
    console: 'EC2 > Launch templates > the template > Actions > Modify template (create new version) > Advanced details > Metadata version: V2 only (token required); set it as the default version.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/ec2-launch-template-imdsv2-check.html',
  ],
  evaluate(template) {
    return check('metadataHttpTokens', template.properties.metadataHttpTokens, (t) => t.toLowerCase() === 'required', {
      pass: 'Instances launched from the template require IMDSv2',
      fail: 'Instances launched from the template allow IMDSv1',
    });
  },
});
