import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}`,
    ],
    bad: [
      `resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}`,
      `resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens = "optional"
  }
}`,
    ],
    unknown: [
      `variable "tokens" {}
resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  metadata_options {
    http_tokens = var.tokens
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  AppTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: app
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        InstanceType: t3.small
        MetadataOptions:
          HttpTokens: required
          HttpEndpoint: enabled
`,
    ],
    bad: [
      `Resources:
  AppTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: app
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        InstanceType: t3.small
`,
    ],
  },
});
