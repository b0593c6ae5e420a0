import { defineExamples } from '../../kit/index.js';

// The key below is a made-up placeholder in a private-key envelope, not a real key.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    TOKEN=$(aws ssm get-parameter --name /app/token --with-decryption --query Parameter.Value --output text)
    echo "ready"
  EOT
  )
}`,
    ],
    bad: [
      `resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  user_data = base64encode(<<-EOT
    #!/bin/bash
    echo "api_key=sk_live_0123456789abcdef" > /etc/app/env
  EOT
  )
}`,
    ],
    unknown: [
      `variable "bootstrap_b64" {}
resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  user_data   = var.bootstrap_b64
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  AppTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        UserData:
          Fn::Base64: |
            #!/bin/bash
            yum install -y amazon-cloudwatch-agent
`,
    ],
    bad: [
      `Resources:
  AppTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: ami-0abcdef1234567890
        UserData:
          Fn::Base64: |
            #!/bin/bash
            install -m 600 /dev/stdin /root/.ssh/id_ed25519 <<'KEY'
            -----BEGIN OPENSSH PRIVATE KEY-----
            placeholderplaceholderplaceholder
            -----END OPENSSH PRIVATE KEY-----
            KEY
`,
    ],
  },
});
