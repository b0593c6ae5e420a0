/**
 * The planted attacks of the demo day, told as one intrusion into the production account (and a foothold
 * in development):
 *  1. 13:00 password spraying from a Tor exit breaks into maria.ops (no MFA), who creates a backdoor admin
 *     user and an access key for the CI user;
 *  2. 13:30 the bastion instance's role credentials, stolen through its unpatched OpenSSH, are used from the
 *     attacker's server: enumeration full of AccessDenied, then a Lambda function created with the admin role
 *     `payments-automation` (the attack path the posture scan reports);
 *  3. 14:10 as that admin role: persistence, exfiltration (public bucket policy, snapshot shared out, bulk secret
 *     reads), defence evasion (GuardDuty detector and flow logs deleted), an open SSH rule, a key scheduled
 *     for deletion, a public function URL, mining instances in an unused region;
 *  4. 15:00 development's root user signs in without MFA from the Tor exit and deletes the trail;
 *  5. 09:35 alice.admin's session appears in Singapore 40 minutes after London (impossible travel).
 * Each attack lists its event ids; the demo's detection test checks every one is cited by a detection.
 */
import { DEVELOPMENT, MANAGEMENT, PRODUCTION } from './background.js';
import { ct, policy, role, rootUser, user, type RecordSpec } from './records.js';

export const TOR_EXIT = '185.220.101.34';
export const ATTACKER_IP = '45.33.32.156';
const SINGAPORE_IP = '175.41.128.1';
const EXTERNAL_ACCOUNT = '999988887777';
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const TOOL = 'Boto3/1.35.0 md/Botocore#1.35.0 ua/2.0 os/linux#6.8 md/arch#x86_64 lang/python#3.12.3 Botocore/1.35.0';
const R = 'eu-west-1';

export interface PlantedAttack {
  readonly name: string;
  /** Event ids of the attack's records (any detection citing one of them counts as detecting the step). */
  readonly events: readonly string[];
}

export function attackRecords(): { records: Record<string, unknown>[]; attacks: PlantedAttack[] } {
  const specs: RecordSpec[] = [];
  const attacks: PlantedAttack[] = [];
  let n = 0;
  const step = (name: string, list: Omit<RecordSpec, 'id'>[]) => {
    const ids = list.map((s) => {
      const id = `attack-${String(++n).padStart(4, '0')}`;
      specs.push({ id, ...s });
      return id;
    });
    attacks.push({ name, events: ids });
  };
  const login = (at: number, ok: boolean, mfa: boolean, account = PRODUCTION, who = user(account, 'maria.ops'), ip = TOR_EXIT): Omit<RecordSpec, 'id'> => ({
    at, account, region: 'us-east-1', who, source: 'signin', name: 'ConsoleLogin', ip, agent: BROWSER, eventType: 'AwsConsoleSignIn', readOnly: false,
    response: { ConsoleLogin: ok ? 'Success' : 'Failure' }, ...(ok ? {} : { error: { code: 'Failed authentication', message: 'Failed authentication' } }),
    additional: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: mfa ? 'Yes' : 'No' },
  });

  // 1. Spraying, then the account takeover and persistence.
  step('console brute force from a Tor exit', [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5].map((m) => login(780 + m, false, false)));
  step('console sign-in without MFA after the brute force', [login(784, true, false)]);
  const maria = user(PRODUCTION, 'maria.ops', false);
  const asMaria = (at: number, source: string, name: string, request: Record<string, unknown>): Omit<RecordSpec, 'id'> => ({ at, account: PRODUCTION, region: 'us-east-1', who: maria, source, name, ip: TOR_EXIT, agent: 'AWS Internal', request });
  step('backdoor IAM user with console access and administrator rights', [
    asMaria(786, 'iam', 'CreateUser', { userName: 'svc-backup' }),
    asMaria(786.5, 'iam', 'CreateLoginProfile', { userName: 'svc-backup', passwordResetRequired: false }),
    asMaria(787, 'iam', 'AttachUserPolicy', { userName: 'svc-backup', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }),
  ]);
  step('access key created for another user', [asMaria(788, 'iam', 'CreateAccessKey', { userName: 'ci-deploy' })]);

  // 2. Stolen instance credentials used from outside AWS.
  const stolen = role(PRODUCTION, 'payments-bastion', 'i-0ba57100000000a01');
  const asStolen = (at: number, source: string, name: string, extra: Partial<RecordSpec> = {}): Omit<RecordSpec, 'id'> => ({ at, account: PRODUCTION, region: R, who: stolen, source, name, ip: ATTACKER_IP, agent: TOOL, ...extra });
  step('instance role credentials used from outside AWS', [asStolen(810, 'sts', 'GetCallerIdentity', { readOnly: true })]);
  const probes: [string, string][] = [['iam', 'ListUsers'], ['iam', 'ListRoles'], ['s3', 'ListBuckets'], ['secretsmanager', 'ListSecrets'], ['rds', 'DescribeDBInstances'], ['kms', 'ListKeys'], ['dynamodb', 'ListTables'], ['organizations', 'DescribeOrganization'], ['guardduty', 'ListDetectors'], ['cloudtrail', 'DescribeTrails'], ['iam', 'GetAccountAuthorizationDetails'], ['ec2', 'DescribeSnapshots']];
  step('enumeration: a burst of denied calls across services', Array.from({ length: 24 }, (_, k) => {
    const [source, name] = probes[k % probes.length]!;
    return asStolen(811 + k * 0.15, source, name, { error: { code: 'AccessDenied', message: `User: arn:aws:sts::${PRODUCTION}:assumed-role/payments-bastion/i-0ba57100000000a01 is not authorized to perform: ${source}:${name}` } });
  }));
  step('administrator role passed to a new Lambda function', [
    asStolen(820, 'lambda', 'CreateFunction20150331', { request: { functionName: 'sys-maint', runtime: 'python3.12', role: `arn:aws:iam::${PRODUCTION}:role/payments-automation`, handler: 'index.handler' }, readOnly: false }),
    asStolen(821, 'lambda', 'Invoke', { request: { functionName: 'sys-maint' }, readOnly: false }),
  ]);

  // 3. As the administrator role.
  const admin = role(PRODUCTION, 'payments-automation', 'sys-maint');
  const asAdmin = (at: number, source: string, name: string, request: Record<string, unknown>, region = R): Omit<RecordSpec, 'id'> => ({ at, account: PRODUCTION, region, who: admin, source, name, ip: ATTACKER_IP, agent: TOOL, readOnly: false, request });
  step('administrator policy attached to the compromised role', [asAdmin(850, 'iam', 'AttachRolePolicy', { roleName: 'payments-bastion', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, 'us-east-1')]);
  step('trust policy opened to an external account', [asAdmin(852, 'iam', 'UpdateAssumeRolePolicy', { roleName: 'partner-reporting', policyDocument: policy([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${EXTERNAL_ACCOUNT}:root` }, Action: 'sts:AssumeRole' }]) }, 'us-east-1')]);
  step('GuardDuty detector deleted', [asAdmin(855, 'guardduty', 'DeleteDetector', { detectorId: '12abc34d567e8fa901bc2d34e56789f0' })]);
  step('VPC flow logs deleted', [asAdmin(856, 'ec2', 'DeleteFlowLogs', { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-0prod', tag: 1 } } })]);
  step('bucket made public', [
    asAdmin(860, 's3', 'DeletePublicAccessBlock', { bucketName: 'acme-payments-ledger', publicAccessBlock: '' }),
    asAdmin(861, 's3', 'PutBucketPolicy', { bucketName: 'acme-payments-ledger', bucketPolicy: JSON.parse(policy([{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-payments-ledger/*' }])) as unknown, policy: [''] }),
  ]);
  step('EBS snapshot shared with an unknown account', [asAdmin(863, 'ec2', 'ModifySnapshotAttribute', { snapshotId: 'snap-0ledgerbackup0001', attributeType: 'CREATE_VOLUME_PERMISSION', createVolumePermission: { add: { items: [{ userId: EXTERNAL_ACCOUNT }] } } })]);
  step('secrets read in bulk', Array.from({ length: 12 }, (_, k) => ({ ...asAdmin(865 + k * 0.2, 'secretsmanager', 'GetSecretValue', { secretId: `arn:aws:secretsmanager:${R}:${PRODUCTION}:secret:payments/${['db', 'stripe', 'adyen', 'paypal', 'jwt', 'smtp', 'redis', 'ledger', 'hsm', 'sftp', 'partner', 'backup'][k]}-AbCdEf` }), readOnly: true })));
  step('security group opened to the internet on SSH', [asAdmin(870, 'ec2', 'AuthorizeSecurityGroupIngress', { groupId: 'sg-prod-app', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } })]);
  step('KMS key scheduled for deletion', [asAdmin(872, 'kms', 'ScheduleKeyDeletion', { keyId: '1b3a4f5e-0000-4000-8000-000000000201', pendingWindowInDays: 7 })]);
  step('Lambda function URL made public', [asAdmin(874, 'lambda', 'UpdateFunctionUrlConfig', { functionName: 'ledger-reconcile', authType: 'NONE' })]);
  step('instances launched in an unused region', [asAdmin(880, 'ec2', 'RunInstances', { instancesSet: { items: [{ imageId: 'ami-0c55b159cbfafe1f0', minCount: 10, maxCount: 10 }] }, instanceType: 'p3.16xlarge' }, 'ap-southeast-1')]);

  // 4. Development's root user, without MFA, from the Tor exit.
  step('root sign-in without MFA', [login(900, true, false, DEVELOPMENT, rootUser(DEVELOPMENT))]);
  step('trail deleted', [{ at: 903, account: DEVELOPMENT, region: R, who: rootUser(DEVELOPMENT), source: 'cloudtrail', name: 'DeleteTrail', ip: TOR_EXIT, agent: 'AWS Internal', readOnly: false, request: { name: 'dev-trail' } }]);

  // 5. alice.admin signs in again from Singapore 40 minutes after London (her London sign-in is benign background).
  step('impossible travel', [login(575, true, true, MANAGEMENT, user(MANAGEMENT, 'alice.admin'), SINGAPORE_IP)]);
  return { records: specs.map(ct), attacks };
}
