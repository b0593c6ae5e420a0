/**
 * The family of a CloudTrail user agent: the tool, not its version or platform, so a CLI upgrade is not
 * "a new user agent" while a first call from curl or a scanner is. The first-seen detection and the
 * baseline that feeds it must use this same function, or every value looks new.
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/terraform/i, 'terraform'],
  [/pulumi/i, 'pulumi'],
  [/aws-cdk|cdk\//i, 'cdk'],
  [/cloudformation/i, 'cloudformation'],
  [/aws-cli\//i, 'aws-cli'],
  [/aws-powershell|AWSPowerShell/i, 'aws-powershell'],
  [/boto3|botocore/i, 'boto3'],
  [/aws-sdk-go/i, 'aws-sdk-go'],
  [/aws-sdk-java/i, 'aws-sdk-java'],
  [/aws-sdk-js|aws-sdk-nodejs/i, 'aws-sdk-js'],
  [/aws-sdk-dotnet/i, 'aws-sdk-dotnet'],
  [/aws-sdk-rust/i, 'aws-sdk-rust'],
  [/aws-sdk-ruby/i, 'aws-sdk-ruby'],
  [/aws-sdk-php/i, 'aws-sdk-php'],
  [/signin\.amazonaws\.com|console\.amazonaws\.com|console\.[a-z.]*aws/i, 'console'],
  [/^(Mozilla|Opera)\//, 'browser'],
  [/^curl\//i, 'curl'],
  [/python-requests/i, 'python-requests'],
  [/^Go-http-client/i, 'go-http-client'],
];

export function userAgentFamily(userAgent: string): string {
  for (const [re, family] of FAMILIES) if (re.test(userAgent)) return family;
  // Unknown tools: the product token before the first slash or space (`Scanner/0.3 (x)` -> `scanner`).
  const token = /^\[?([^\s/[\]()]+)/.exec(userAgent.trim())?.[1];
  return token ? token.toLowerCase() : 'unknown';
}

/** AWS's own callers (`AWS Internal`, `*.amazonaws.com`): not a tool a principal chose. */
export function isAwsInternalAgent(userAgent: string): boolean {
  return userAgent === 'AWS Internal' || /^[a-z0-9.-]+\.amazonaws\.com$/.test(userAgent);
}
