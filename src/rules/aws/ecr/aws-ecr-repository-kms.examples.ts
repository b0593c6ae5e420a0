import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_ecr_repository" "app" {
  name = "app"
${extra}
}`;

const cfn = (props: string) => `Resources:
  App:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: app
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf('  encryption_configuration {\n    encryption_type = "KMS"\n  }')],
    bad: [tf(''), tf('  encryption_configuration {\n    encryption_type = "AES256"\n  }')],
    unknown: [tf('  encryption_configuration {\n    encryption_type = var.enc\n  }', 'variable "enc" {}\n')],
  },
  cloudformation: {
    good: [cfn('      EncryptionConfiguration:\n        EncryptionType: KMS\n        KmsKey: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')],
    bad: [cfn('      EncryptionConfiguration:\n        EncryptionType: AES256')],
  },
});
