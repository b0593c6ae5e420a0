import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-ecr-image-critical-cvss',
  service: 'ecr',
  resourceType: 'aws.ecr.image',
  check: 'critical-cvss',
  title: 'ECR container image has a CVE with CVSS 9.0 or higher',
  severity: 'high',
  description:
    'An ECR container image should have no active vulnerability finding whose base CVSS score is 9.0 or more (critical in CVSS terms), whatever severity the scanner assigned it in context.',
  risk: 'CVSS 9+ flaws are typically remotely exploitable without authentication and give full compromise; they are the ones attackers automate first.',
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
