import { defineExamples } from '../../kit/index.js';

const tf = (vpcExtra: string, extra: string, head = '') => `${head}resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
${vpcExtra}
  }
${extra}
}`;

const cfn = (vpcExtra: string, props: string) => `Resources:
  Main:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
${vpcExtra}
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf('', '  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"\n    }\n  }')],
    bad: [tf('', '')],
  },
  cloudformation: {
    good: [cfn('', '      EncryptionConfig:\n        - Resources: [secrets]\n          Provider:\n            KeyArn: arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab')],
    bad: [cfn('', '')],
  },
});
