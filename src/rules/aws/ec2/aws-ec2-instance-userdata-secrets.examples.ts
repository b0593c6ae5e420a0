import { defineExamples } from '../../kit/index.js';

// The credentials below are AWS's documented example values, not real keys.
export default defineExamples({
  terraform: {
    good: [
      `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
    sed -i 's/^PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config
    systemctl restart sshd
  EOT
}`,
    ],
    bad: [
      `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    aws s3 cp s3://app-config/app.conf /etc/app.conf
  EOT
}`,
      `resource "aws_instance" "db_client" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = "#!/bin/bash\\necho 'DB_PASSWORD=Tr0ub4dor-and-3' >> /etc/environment\\n"
}`,
    ],
    unknown: [
      `variable "bootstrap" {}
resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = var.bootstrap
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      UserData:
        Fn::Base64: |
          #!/bin/bash
          yum install -y nginx
          systemctl enable --now nginx
`,
    ],
    bad: [
      `Resources:
  App:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t3.micro
      UserData:
        Fn::Base64: |
          #!/bin/bash
          cat > /home/ec2-user/.ssh/id_rsa <<'KEY'
          -----BEGIN RSA PRIVATE KEY-----
          MIIEowIBAAKCAQEAexampleexampleexampleexample
          -----END RSA PRIVATE KEY-----
          KEY
`,
    ],
  },
});
