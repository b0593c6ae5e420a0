/**
 * A generated day of CloudTrail activity for the detection benchmark: one event per line (the CloudTrail
 * Lake / EventBridge form), deterministic for a given count. The mix follows a busy organization: mostly
 * read-only calls by roles and services, some writes, console sign-ins, AccessDenied noise, and a sprinkle
 * of the calls detections look for, so every kind of detection does real work.
 */
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';

const ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444'];
const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];
const READS: [string, string][] = [
  ['ec2', 'DescribeInstances'], ['ec2', 'DescribeSecurityGroups'], ['s3', 'GetObject'], ['s3', 'ListBucket'], ['iam', 'ListRoles'], ['iam', 'GetRole'],
  ['sts', 'GetCallerIdentity'], ['lambda', 'ListFunctions'], ['kms', 'Decrypt'], ['dynamodb', 'DescribeTable'], ['logs', 'DescribeLogGroups'],
  ['cloudwatch', 'GetMetricData'], ['secretsmanager', 'GetSecretValue'], ['ssm', 'GetParameter'], ['rds', 'DescribeDBInstances'],
];
const WRITES: [string, string, Record<string, unknown>][] = [
  ['s3', 'PutObject', { bucketName: 'acme-data', key: 'x/y.json' }],
  ['ec2', 'RunInstances', { instanceType: 't3.micro', minCount: 1, maxCount: 1 }],
  ['ec2', 'AuthorizeSecurityGroupIngress', { groupId: 'sg-0abc', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '10.0.0.0/8' }] } }] } }],
  ['iam', 'CreateRole', { roleName: 'app-role', assumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}' }],
  ['iam', 'AttachRolePolicy', { roleName: 'app-role', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
  ['lambda', 'UpdateFunctionCode20150331v2', { functionName: 'api' }],
  ['sts', 'AssumeRole', { roleArn: 'arn:aws:iam::222222222222:role/deploy', roleSessionName: 'ci' }],
  ['kms', 'ScheduleKeyDeletion', { keyId: 'k-1', pendingWindowInDays: 30 }],
  ['cloudtrail', 'StopLogging', { name: 'org-trail' }],
  ['s3', 'PutBucketPolicy', { bucketName: 'acme-data', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-data/*"}]}' }],
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function identity(r: () => number, account: string): Record<string, unknown> {
  const k = r();
  if (k < 0.55) {
    const role = ['deploy', 'app', 'lambda-exec', 'analytics', 'readonly'][Math.floor(r() * 5)]!;
    return { type: 'AssumedRole', principalId: `AROA${role}:s${Math.floor(r() * 50)}`, arn: `arn:aws:sts::${account}:assumed-role/${role}/s${Math.floor(r() * 50)}`, accountId: account, accessKeyId: 'ASIAEXAMPLE', sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${account}:role/${role}`, accountId: account, userName: role }, attributes: { creationDate: '2026-11-27T00:00:00Z', mfaAuthenticated: 'false' } } };
  }
  if (k < 0.85) {
    const user = `user${Math.floor(r() * 200)}`;
    return { type: 'IAMUser', principalId: `AIDA${user}`, arn: `arn:aws:iam::${account}:user/${user}`, accountId: account, accessKeyId: `AKIA${user.toUpperCase()}`, userName: user };
  }
  return { type: 'AWSService', invokedBy: ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'cloudtrail.amazonaws.com'][Math.floor(r() * 3)] };
}

export function generateEvent(i: number, r: () => number, dayStart: number, total: number): Record<string, unknown> {
  const account = ACCOUNTS[Math.floor(r() * ACCOUNTS.length)]!;
  const time = new Date(dayStart + Math.floor((i / total) * 86_400_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const kind = r();
  const base = {
    eventVersion: '1.09', userIdentity: identity(r, account), eventTime: time, awsRegion: REGIONS[Math.floor(r() * REGIONS.length)],
    sourceIPAddress: `198.51.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`, userAgent: 'aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22',
    requestID: `req-${i}`, eventID: `evt-${i.toString(16).padStart(8, '0')}`, eventType: 'AwsApiCall', managementEvent: true, recipientAccountId: account,
  };
  if (kind < 0.8) {
    const [svc, action] = READS[Math.floor(r() * READS.length)]!;
    const denied = r() < 0.03;
    return { ...base, eventSource: `${svc}.amazonaws.com`, eventName: action, readOnly: true, requestParameters: null, responseElements: null, ...(denied ? { errorCode: 'AccessDenied', errorMessage: 'not authorized' } : {}) };
  }
  if (kind < 0.98) {
    const [svc, action, params] = WRITES[Math.floor(r() * (WRITES.length - 2))]!;
    return { ...base, eventSource: `${svc}.amazonaws.com`, eventName: action, readOnly: false, requestParameters: params, responseElements: null };
  }
  if (kind < 0.999) {
    const ok = r() < 0.9;
    return { ...base, eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', readOnly: false, additionalEventData: { MFAUsed: r() < 0.8 ? 'Yes' : 'No', LoginTo: 'https://console.aws.amazon.com/' }, responseElements: { ConsoleLogin: ok ? 'Success' : 'Failure' }, ...(ok ? {} : { errorMessage: 'Failed authentication' }) };
  }
  const [svc, action, params] = WRITES[WRITES.length - 2 + Math.floor(r() * 2)]!;
  return { ...base, eventSource: `${svc}.amazonaws.com`, eventName: action, readOnly: false, requestParameters: params, responseElements: null };
}

/** Writes (once) `count` events to `file`, one JSON object per line; returns the file's size in bytes. */
export async function ensureCloudTrailCorpus(file: string, count: number): Promise<number> {
  if (existsSync(file)) return statSync(file).size;
  const r = rng(20261128);
  const out = createWriteStream(`${file}.partial`);
  const dayStart = Date.parse('2026-11-27T00:00:00Z');
  let buf = '';
  for (let i = 0; i < count; i++) {
    buf += `${JSON.stringify(generateEvent(i, r, dayStart, count))}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(`${file}.partial`, file);
  return statSync(file).size;
}
