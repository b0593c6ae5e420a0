import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown, WORLD_IPV4 } from '../../kit/index.js';

export default defineRule({
  id: 'aws-eks-cluster-public-endpoint',
  title: 'EKS cluster API endpoint is open to the whole internet',
  severity: 'high',
  provider: 'aws',
  service: 'eks',
  resourceType: 'aws.eks.cluster',
  description: 'The Kubernetes API endpoint of an EKS cluster should be private, or public only to listed CIDR ranges. A public endpoint allowing 0.0.0.0/0 (the default) fails.',
  risk: 'An API server reachable from anywhere is exposed to credential stuffing with leaked kubeconfigs and tokens and to any pre-authentication flaw in Kubernetes.',
  remediation: {
    cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    terraform: `resource "aws_eks_cluster" "this" {
  # ...
  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false # or keep true with public_access_cidrs = ["203.0.113.0/24"]
  }
}`,
    cloudformation: `Type: AWS::EKS::Cluster
Properties:
  ResourcesVpcConfig:
    SubnetIds: [!Ref SubnetA, !Ref SubnetB]
    EndpointPrivateAccess: true
    EndpointPublicAccess: false`,
    console: 'EKS > Clusters > the cluster > Networking > Manage endpoint access: Private, or Public and private with the public access source allowlist set to your ranges.',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1'],
  evaluate(cluster) {
    const { endpointPublicAccess: pub, publicAccessCidrs: cidrs } = cluster.properties;
    const ev = [evidence('endpointPublicAccess', pub), evidence('publicAccessCidrs', cidrs)];
    if (isKnown(pub) && !pub.value) return pass('the API endpoint is private', ev[0]!);
    if (isKnown(cidrs) && !cidrs.value.includes(WORLD_IPV4)) {
      return isKnown(pub) ? pass('the public API endpoint is limited to listed CIDR ranges', ...ev) : unknown('whether the endpoint is public could not be determined', ...ev);
    }
    if (!isKnown(pub) || !isKnown(cidrs)) return unknown('endpoint access or its allowed CIDR ranges could not be determined', ...ev);
    return fail('the API endpoint is public and allows 0.0.0.0/0', ...ev);
  },
});
