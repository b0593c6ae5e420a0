import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, asStrings, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-eks-endpoint-public',
  kind: 'event',
  services: ['eks'],
  actions: ['UpdateClusterConfig', 'CreateCluster'],
  title: 'An EKS cluster API endpoint was opened to the internet',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1578.005', techniqueName: 'Modify Cloud Compute Infrastructure: Modify Cloud Compute Configurations' },
  description: 'UpdateClusterConfig turned on the public Kubernetes API endpoint with no source restriction (no public access CIDRs, or 0.0.0.0/0): the control plane can be reached, and credentials tried, from anywhere.',
  falsePositives: 'Clusters administered from changing addresses. Restrict publicAccessCidrs to the office or VPN ranges instead.',
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
  match(e) {
    if (!principalCall(e, 'eks', 'UpdateClusterConfig', 'CreateCluster')) return undefined;
    // A new cluster's endpoint is public to 0.0.0.0/0 unless the request says otherwise.
    const publicAccess = asBool(req(e, 'resourcesVpcConfig', 'endpointPublicAccess')) ?? (e.action === 'CreateCluster' ? true : undefined);
    if (publicAccess !== true) return undefined;
    const cidrs = asStrings(req(e, 'resourcesVpcConfig', 'publicAccessCidrs'));
    if (cidrs.length > 0 && !cidrs.includes('0.0.0.0/0')) return undefined;
    return `${who(e)} opened the API endpoint of EKS cluster ${asString(req(e, 'name')) ?? '(unnamed)'} to the internet`;
  },
});
