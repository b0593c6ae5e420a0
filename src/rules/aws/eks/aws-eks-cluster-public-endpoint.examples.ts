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
    good: [tf('    endpoint_private_access = true\n    endpoint_public_access  = false', ''), tf('    endpoint_public_access = true\n    public_access_cidrs    = ["203.0.113.0/24"]', '')],
    bad: [tf('', ''), tf('    endpoint_public_access = true\n    public_access_cidrs    = ["0.0.0.0/0"]', '')],
    unknown: [tf('    public_access_cidrs = var.admin_cidrs', '', 'variable "admin_cidrs" {\n  type = list(string)\n}\n')],
  },
  cloudformation: {
    good: [cfn('        EndpointPrivateAccess: true\n        EndpointPublicAccess: false', ''), cfn('        PublicAccessCidrs: [203.0.113.0/24]', '')],
    bad: [cfn('        EndpointPublicAccess: true', '')],
  },
});
