import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}`,
    ],
    bad: [
      `resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
  recording_group {
    all_supported  = false
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}`,
    ],
    unknown: [
      `variable "all_supported" {
  type = bool
}
resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
  recording_group {
    all_supported                 = var.all_supported
    include_global_resource_types = true
  }
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::111122223333:role/aws-config
      RecordingGroup:
        AllSupported: true
        IncludeGlobalResourceTypes: true
`,
    ],
    bad: [
      `Resources:
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::111122223333:role/aws-config
      RecordingGroup:
        AllSupported: false
        ResourceTypes:
          - AWS::EC2::Instance
`,
    ],
  },
});
