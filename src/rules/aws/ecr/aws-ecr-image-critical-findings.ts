import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecr-image-critical-findings',
  title: 'ECR image scan reports critical vulnerabilities',
  severity: 'high',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.image',
  description:
    "The latest ECR scan of an image (basic or enhanced) should report no CRITICAL findings. It reads the repository's own scan summary, so it works without Inspector findings; an image with no completed scan is unknown.",
  risk: 'A pushed image with critical CVEs is one deployment away from production, and registries are where attackers and auditors both look for the vulnerable tags that are still pulled.',
  remediation: {
    cli: 'aws ecr describe-image-scan-findings --repository-name REPO --image-id imageDigest=DIGEST --query "imageScanFindings.findings[?severity==\'CRITICAL\']"  # fix, rebuild and push; then delete the vulnerable image',
    terraform: `resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}`,
    console: 'ECR > Repositories > the repository > the image > Vulnerabilities: upgrade the affected packages or base image, rebuild, push, and remove the old image.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
  evaluate(image) {
    const counts = image.properties.findingSeverityCounts;
    const ev = [evidence('findingSeverityCounts', counts), evidence('scanStatus', image.properties.scanStatus)];
    if (!isKnown(counts)) return unknown(`the image's scan findings could not be read: ${counts.reason ?? 'unresolvable'}`, ...ev);
    if (counts.value === null) return unknown(`the image has no completed scan (status ${image.properties.scanStatus.value ?? 'none'})`, ...ev);
    const critical = counts.value['CRITICAL'] ?? 0;
    return critical > 0 ? fail(`the latest scan reports ${critical} critical finding(s)`, ...ev) : pass('the latest scan reports no critical finding', ...ev);
  },
});
