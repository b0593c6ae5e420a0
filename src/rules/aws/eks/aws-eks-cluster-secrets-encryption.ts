import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-eks-cluster-secrets-encryption',
  title: 'EKS cluster does not envelope-encrypt Kubernetes secrets with KMS',
  severity: 'medium',
  provider: 'aws',
  service: 'eks',
  resourceType: 'aws.eks.cluster',
  description: 'EKS clusters should encrypt Kubernetes Secrets with a KMS key (envelope encryption), on top of the default etcd volume encryption.',
  risk: 'Secrets are otherwise only base64 encoded in etcd; KMS envelope encryption adds a key you control, audit and can revoke.',
  remediation: {
    cli: 'aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KMS_KEY_ARN"}}]\'',
    terraform: `resource "aws_eks_cluster" "this" {
  # ...
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}`,
    cloudformation: `Type: AWS::EKS::Cluster
Properties:
  EncryptionConfig:
    - Resources: [secrets]
      Provider:
        KeyArn: !GetAtt EksKey.Arn`,
    console: 'EKS > Clusters > the cluster > Overview > Secrets encryption > Enable: choose a KMS key.',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3'],
  evaluate(cluster) {
    return check('secretsEncryption', cluster.properties.secretsEncryption, (v) => v, { pass: 'secrets are envelope-encrypted with KMS', fail: 'secrets are not envelope-encrypted with KMS' });
  },
});
