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
    good: [tf('', '  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]')],
    bad: [tf('', ''), tf('', '  enabled_cluster_log_types = ["api", "audit"]')],
    unknown: [tf('', '  enabled_cluster_log_types = var.log_types', 'variable "log_types" {\n  type = list(string)\n}\n')],
  },
  cloudformation: {
    good: [cfn('', '      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - Type: audit\n            - Type: authenticator\n            - Type: controllerManager\n            - Type: scheduler')],
    bad: [cfn('', '      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: audit')],
  },
});
