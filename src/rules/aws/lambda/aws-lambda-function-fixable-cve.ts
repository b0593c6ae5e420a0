import { vulnerabilityRule } from '../../kit/aws-compute-vulnerabilities.js';

export default vulnerabilityRule({
  id: 'aws-lambda-function-fixable-cve',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  check: 'fixable-cve',
  title: 'Lambda function has a critical or high CVE with a fix available',
  severity: 'high',
  description:
    'An lambda function should have no active critical or high vulnerability finding for which the vendor has published a fixed version: such findings mean patching is possible and overdue.',
  risk: 'Every day a fixable critical flaw stays deployed is exposure that an update would remove; these are the findings auditors expect to be patched within a set window.',
  remediation: {
    cli: `# upgrade the vulnerable dependencies in the deployment package (or the runtime/layer), then
aws lambda update-function-code --function-name FUNCTION --zip-file fileb://function.zip`,
    console: 'Inspector > Findings > By Lambda function: upgrade the listed packages or layers, redeploy the function, and confirm the finding closes.',
  },
  references: [
    'https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html',
  ],
});
