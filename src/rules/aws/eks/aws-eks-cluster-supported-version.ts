import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/**
 * End of standard and of extended support per Kubernetes minor version on EKS (AWS's published calendar).
 * Extended support keeps a version patched for a year longer at a premium; past standard support a cluster
 * fails, and the message says whether even extended support has ended.
 */
const CALENDAR: Readonly<Record<string, readonly [standard: string, extended: string]>> = {
  '1.23': ['2023-10-11', '2024-10-11'],
  '1.24': ['2024-01-31', '2025-01-31'],
  '1.25': ['2024-05-01', '2025-05-01'],
  '1.26': ['2024-06-11', '2025-06-11'],
  '1.27': ['2024-07-24', '2025-07-24'],
  '1.28': ['2024-11-26', '2025-11-26'],
  '1.29': ['2025-03-23', '2026-03-23'],
  '1.30': ['2025-07-23', '2026-07-23'],
  '1.31': ['2025-11-26', '2026-11-26'],
  '1.32': ['2026-03-23', '2027-03-23'],
  '1.33': ['2026-07-29', '2027-07-29'],
  '1.34': ['2026-12-02', '2027-12-02'],
};

const minor = (v: string): number => Number(/^1\.(\d+)/.exec(v)?.[1] ?? NaN);
const OLDEST = Math.min(...Object.keys(CALENDAR).map(minor));
const NEWEST = Math.max(...Object.keys(CALENDAR).map(minor));

export default defineRule({
  id: 'aws-eks-cluster-supported-version',
  title: 'EKS cluster runs a Kubernetes version past its standard support',
  severity: 'high',
  provider: 'aws',
  service: 'eks',
  resourceType: 'aws.eks.cluster',
  description:
    'An EKS cluster should run a Kubernetes version still in EKS standard support. Versions past it only get fixes under paid extended support, and after that none at all.',
  risk: 'Control planes and nodes on an old version stop receiving Kubernetes security fixes: known privilege-escalation and container-escape CVEs stay open, and upgrades become multi-version jumps that teams postpone further.',
  remediation: {
    cli: 'aws eks update-cluster-version --name CLUSTER --kubernetes-version 1.33  # one minor version at a time; then upgrade node groups and add-ons',
    terraform: `resource "aws_eks_cluster" "this" {
  # ...
  version = "1.33"
}`,
    cloudformation: `Type: AWS::EKS::Cluster
Properties:
  Version: "1.33"`,
    console: 'EKS > Clusters > the cluster > Upgrade now (review Upgrade insights first).',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2'],
  evaluate(cluster, ctx) {
    const version = cluster.properties.version;
    const ev = evidence('version', version);
    if (!isKnown(version)) return unknown(`the Kubernetes version could not be determined: ${version.reason ?? 'unresolvable'}`, ev);
    const m = minor(version.value);
    if (Number.isNaN(m)) return unknown(`"${version.value}" is not a Kubernetes 1.x version`, ev);
    const dates = CALENDAR[`1.${m}`];
    if (!dates) return m > NEWEST ? pass(`Kubernetes ${version.value} is newer than every version in our support calendar`, ev) : fail(`Kubernetes ${version.value} is older than 1.${OLDEST} and long out of support`, ev);
    const [standard, extended] = dates.map((d) => new Date(`${d}T00:00:00Z`)) as [Date, Date];
    if (ctx.now < standard) return pass(`Kubernetes ${version.value} is in standard support until ${dates[0]}`, ev);
    if (ctx.now < extended) return fail(`Kubernetes ${version.value} left standard support on ${dates[0]}; only paid extended support (until ${dates[1]}) still patches it`, ev);
    return fail(`Kubernetes ${version.value} is out of all support since ${dates[1]}`, ev);
  },
});
