import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-lambda-function-critical-cvss',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  check: 'critical-cvss',
  title: 'Lambda function has a CVE with CVSS 9.0 or higher',
  severity: 'high',
  description:
    'An lambda function should have no active vulnerability finding whose base CVSS score is 9.0 or more (critical in CVSS terms), whatever severity the scanner assigned it in context.',
  risk: 'CVSS 9+ flaws are typically remotely exploitable without authentication and give full compromise; they are the ones attackers automate first.',
  remediation: {
    cli: `# upgrade the vulnerable dependencies in the deployment package (or the runtime/layer), then
aws lambda update-function-code --function-name FUNCTION --zip-file fileb://function.zip`,
    console: 'Inspector > Findings > By Lambda function: upgrade the listed packages or layers, redeploy the function, and confirm the finding closes.',
  },
  references: [
    'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
  ],
});
