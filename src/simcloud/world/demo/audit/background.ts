/**
 * The benign part of the demo day: what a well-run organization's trail shows on a Friday. The nightly
 * posture scan, administrators signing in with MFA from the London office, a CI pipeline deploying through
 * GitHub's OIDC provider, Lambda functions reading their one secret, the bastion's SSM agent, AWS services
 * doing their housekeeping, and the odd mistyped password or denied call. None of it should raise a detection
 * above low severity.
 */
import { ct, role, service, user, type RecordSpec } from './records.js';

export const MANAGEMENT = '111111111111';
export const PRODUCTION = '222222222222';
export const DEVELOPMENT = '333333333333';
export const SECURITY = '444444444444';
const ACCOUNTS = [MANAGEMENT, PRODUCTION, DEVELOPMENT, SECURITY];
const REGIONS = ['eu-west-1', 'us-east-1'];

export const OFFICE_IP = '81.2.69.142';
const OFFICE_IP_2 = '81.2.69.160';
const HOME_IP = '62.252.0.1';
const SCANNER_IP = '52.95.110.1';
const CI_IP = '52.95.110.20';
const BASTION_IP = '34.240.12.7';
const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const CONSOLE_AGENT = 'AWS Internal';
const SCANNER_AGENT = 'cloudwarden/0.1.0 aws-sdk-js/3.700.0 os/linux lang/js md/nodejs#20.20.2';

const SCAN_CALLS: [string, string][] = [
  ['ec2', 'DescribeInstances'], ['ec2', 'DescribeSecurityGroups'], ['ec2', 'DescribeVpcs'], ['ec2', 'DescribeSubnets'], ['ec2', 'DescribeVolumes'],
  ['s3', 'ListBuckets'], ['iam', 'ListRoles'], ['iam', 'ListUsers'], ['iam', 'GetAccountPasswordPolicy'], ['iam', 'GetAccountAuthorizationDetails'],
  ['cloudtrail', 'DescribeTrails'], ['config', 'DescribeConfigurationRecorders'], ['guardduty', 'ListDetectors'], ['kms', 'ListKeys'],
  ['lambda', 'ListFunctions20150331'], ['rds', 'DescribeDBInstances'], ['logs', 'DescribeLogGroups'], ['securityhub', 'DescribeHub'],
];

export function benignRecords(): Record<string, unknown>[] {
  const specs: RecordSpec[] = [];
  let n = 0;
  const add = (s: Omit<RecordSpec, 'id'>) => specs.push({ id: `bg-${String(++n).padStart(5, '0')}`, ...s });

  // 02:00 the nightly posture scan: the scanner user assumes the org role in each account, then reads.
  const scanner = user(MANAGEMENT, 'cloudwarden-scanner');
  ACCOUNTS.forEach((account, i) => {
    const t = 120 + i * 4;
    add({ at: t, account, region: 'us-east-1', who: scanner, source: 'sts', name: 'AssumeRole', ip: SCANNER_IP, agent: SCANNER_AGENT, readOnly: true, request: { roleArn: `arn:aws:iam::${account}:role/OrganizationAccountAccessRole`, roleSessionName: 'cloudwarden-scan' } });
    const session = role(account, 'OrganizationAccountAccessRole', 'cloudwarden-scan');
    REGIONS.forEach((region, r) => SCAN_CALLS.forEach(([source, name], k) => add({ at: t + 0.5 + r + k * 0.05, account, region, who: session, source, name, ip: SCANNER_IP, agent: SCANNER_AGENT })));
  });

  // 08:55 Alice (management, hardware MFA) signs in from the office and reviews the organization and costs.
  const alice = user(MANAGEMENT, 'alice.admin', true);
  add({ at: 535, account: MANAGEMENT, region: 'us-east-1', who: user(MANAGEMENT, 'alice.admin'), source: 'signin', name: 'ConsoleLogin', ip: OFFICE_IP, agent: BROWSER, eventType: 'AwsConsoleSignIn', readOnly: false, response: { ConsoleLogin: 'Success' }, additional: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAIdentifier: `arn:aws:iam::${MANAGEMENT}:mfa/alice`, MFAUsed: 'Yes' } });
  for (const [k, [source, name]] of ([['organizations', 'ListAccounts'], ['iam', 'ListUsers'], ['ce', 'GetCostAndUsage'], ['organizations', 'DescribeOrganization'], ['cloudtrail', 'LookupEvents']] as const).entries()) {
    add({ at: 537 + k, account: MANAGEMENT, region: 'us-east-1', who: alice, source, name, ip: OFFICE_IP, agent: CONSOLE_AGENT });
  }
  add({ at: 560, account: MANAGEMENT, region: 'us-east-1', who: alice, source: 'organizations', name: 'TagResource', ip: OFFICE_IP, agent: CONSOLE_AGENT, request: { resourceId: PRODUCTION, tags: [{ key: 'cost-center', value: 'payments' }] } });

  // 09:09 Sam (production developer, MFA) mistypes the password once, then signs in from home and debugs a function.
  const sam = user(PRODUCTION, 'sam.dev', true);
  const samLogin = (at: number, ok: boolean) =>
    add({ at, account: PRODUCTION, region: 'eu-west-1', who: user(PRODUCTION, 'sam.dev'), source: 'signin', name: 'ConsoleLogin', ip: HOME_IP, agent: BROWSER, eventType: 'AwsConsoleSignIn', readOnly: false, response: { ConsoleLogin: ok ? 'Success' : 'Failure' }, ...(ok ? {} : { error: { code: 'Failed authentication', message: 'Failed authentication' } }), additional: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: ok ? 'Yes' : 'No' } });
  samLogin(549, false);
  samLogin(550, true);
  const samCalls: [string, string][] = [['lambda', 'ListFunctions20150331'], ['lambda', 'GetFunction20150331v2'], ['logs', 'FilterLogEvents'], ['logs', 'GetLogEvents'], ['ec2', 'DescribeInstances'], ['cloudwatch', 'GetMetricData']];
  for (let k = 0; k < 30; k++) {
    const [source, name] = samCalls[k % samCalls.length]!;
    add({ at: 552 + k * 6, account: PRODUCTION, region: 'eu-west-1', who: sam, source, name, ip: HOME_IP, agent: CONSOLE_AGENT });
  }
  add({ at: 600, account: PRODUCTION, region: 'eu-west-1', who: sam, source: 'iam', name: 'ListRoles', ip: HOME_IP, agent: CONSOLE_AGENT, error: { code: 'AccessDenied', message: `User: arn:aws:iam::${PRODUCTION}:user/sam.dev is not authorized to perform: iam:ListRoles` } });

  // CI deploys four times through GitHub's OIDC provider into development.
  for (const at of [600, 720, 840, 960]) {
    add({ at, account: DEVELOPMENT, region: 'eu-west-1', who: { type: 'WebIdentityUser', principalId: `arn:aws:iam::${DEVELOPMENT}:oidc-provider/token.actions.githubusercontent.com:sts.amazonaws.com:repo:acme/app:ref:refs/heads/main`, userName: 'repo:acme/app:ref:refs/heads/main', identityProvider: `arn:aws:iam::${DEVELOPMENT}:oidc-provider/token.actions.githubusercontent.com` }, source: 'sts', name: 'AssumeRoleWithWebIdentity', ip: CI_IP, agent: 'aws-actions/configure-aws-credentials', readOnly: true, request: { roleArn: `arn:aws:iam::${DEVELOPMENT}:role/github-deploy`, roleSessionName: 'GitHubActions' } });
    const ci = role(DEVELOPMENT, 'github-deploy', 'GitHubActions');
    for (const [k, name] of ['GetFunction20150331v2', 'UpdateFunctionCode20150331v2', 'UpdateFunctionConfiguration20150331v2', 'PublishVersion20150331'].entries()) {
      add({ at: at + 1 + k * 0.2, account: DEVELOPMENT, region: 'eu-west-1', who: ci, source: 'lambda', name, ip: CI_IP, agent: 'aws-sdk-js/3.700.0 ua/2.1 os/linux lang/js md/nodejs#20', request: { functionName: 'dev-api' } });
    }
  }

  // All day: Lambda functions decrypt their configuration and read their one secret; the bastion's SSM agent checks in.
  const api = role(PRODUCTION, 'payments-api', 'payments-webhook');
  const bastion = role(PRODUCTION, 'payments-bastion', 'i-0ba57100000000a01');
  for (let h = 0; h < 24; h++) {
    add({ at: h * 60 + 7, account: PRODUCTION, region: 'eu-west-1', who: api, source: 'kms', name: 'Decrypt', ip: 'lambda.amazonaws.com', agent: 'lambda.amazonaws.com', readOnly: true, request: { encryptionAlgorithm: 'SYMMETRIC_DEFAULT' } });
    add({ at: h * 60 + 8, account: PRODUCTION, region: 'eu-west-1', who: api, source: 'secretsmanager', name: 'GetSecretValue', ip: 'lambda.amazonaws.com', agent: 'lambda.amazonaws.com', readOnly: true, request: { secretId: 'payments-db-password' } });
    add({ at: h * 60 + 20, account: PRODUCTION, region: 'eu-west-1', who: bastion, source: 'ssm', name: 'UpdateInstanceInformation', ip: BASTION_IP, agent: 'aws-sdk-go/1.44.0 (go1.22; linux; amd64) amazon-ssm-agent/3.3.0.0', readOnly: false, request: { instanceId: 'i-0ba57100000000a01', agentVersion: '3.3.0.0' } });
    // AWS Config records changes with its service-linked role; GuardDuty and Config call in as services.
    ACCOUNTS.forEach((account, i) => add({ at: h * 60 + 30 + i, account, region: 'eu-west-1', who: service('config.amazonaws.com'), source: 'sts', name: 'AssumeRole', ip: 'config.amazonaws.com', agent: 'config.amazonaws.com', readOnly: true, request: { roleArn: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, roleSessionName: 'AWSConfig-Describe' } }));
  }

  // 14:00 the security team triages findings from the security account, with MFA.
  const analyst = role(SECURITY, 'security-analyst', 'bob.sec', true);
  for (let k = 0; k < 12; k++) {
    const [source, name] = ([['guardduty', 'ListFindings'], ['guardduty', 'GetFindings'], ['securityhub', 'GetFindings']] as const)[k % 3]!;
    add({ at: 840 + k * 3, account: SECURITY, region: 'eu-west-1', who: analyst, source, name, ip: OFFICE_IP_2, agent: CONSOLE_AGENT });
  }

  // 17:30 alice reads the invoice (billing is read as an IAM user with access, never as root).
  add({ at: 1050, account: MANAGEMENT, region: 'us-east-1', who: alice, source: 'billing', name: 'GetBillingData', ip: OFFICE_IP, agent: CONSOLE_AGENT });
  return specs.map(ct);
}
