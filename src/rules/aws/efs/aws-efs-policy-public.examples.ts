import { defineExamples } from '../../kit/index.js';

const tf = (principal: string, head = '') => `${head}resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}
resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = ${principal}
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
      Resource  = "*"
    }]
  })
}`;

const cfn = (principal: string) => `Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      FileSystemPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: '${principal}'
            Action: elasticfilesystem:ClientMount
            Resource: '*'
`;

export default defineExamples({
  terraform: {
    good: [tf('{ AWS = "arn:aws:iam::111122223333:role/app" }')],
    bad: [tf('{ AWS = "*" }')],
    unknown: [tf('var.who', 'variable "who" {}\n')],
  },
  cloudformation: {
    good: [cfn('arn:aws:iam::111122223333:role/app')],
    bad: [cfn('*')],
  },
});
