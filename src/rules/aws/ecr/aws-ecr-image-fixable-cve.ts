import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-ecr-image-fixable-cve',
  service: 'ecr',
  resourceType: 'aws.ecr.image',
  check: 'fixable-cve',
  title: 'ECR container image has a critical or high CVE with a fix available',
  severity: 'high',
  description:
    'An ECR container image should have no active critical or high vulnerability finding for which the vendor has published a fixed version: such findings mean patching is possible and overdue.',
  risk: 'Every day a fixable critical flaw stays deployed is exposure that an update would remove; these are the findings auditors expect to be patched within a set window.',
  remediation: {
    cli: `# rebuild the image on a patched base image and with upgraded packages, push it, redeploy, then remove the old tag
docker build --pull -t REPO:TAG . && docker push REPO:TAG`,
    console: 'Inspector > Findings > By container image: open the image, upgrade the listed packages or base image, rebuild and push; ECR > the repository > delete the vulnerable image once nothing runs it.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    'https://docs.aws.amazon.com/inspector/latest/user/scanning-ecr.html',
  ],
});
