import { defineExamples } from '../../kit/index.js';

// The examples test evaluates at 2026-06-01.
const tf = (version: string, head = '') => `${head}resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = ${version}

  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}`;

const cfn = (version: string) => `Resources:
  Main:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      Version: "${version}"
      ResourcesVpcConfig:
        SubnetIds: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
`;

export default defineExamples({
  terraform: {
    good: [tf('"1.33"'), tf('"1.36"')],
    bad: [tf('"1.29"'), tf('"1.31"'), tf('"1.21"')],
    unknown: [tf('var.k8s_version', 'variable "k8s_version" {}\n')],
  },
  cloudformation: {
    good: [cfn('1.33')],
    bad: [cfn('1.27')],
  },
});
