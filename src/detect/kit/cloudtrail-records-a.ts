import { ACCOUNT, at, ctEvent, iamUser } from './cloudtrail-records.js';

/**
 * More CloudTrail record builders for the identity, organization and billing detection examples: calls
 * with request parameters, failed calls, sign-ins, policy documents as IAM logs them (JSON strings), and
 * the caller shapes of cross-account and web-identity requests.
 */

/** A successful call with its request parameters (and optionally response elements and other fields). */
export function call(eventSource: string, eventName: string, requestParameters: Record<string, unknown> | null, over: Record<string, unknown> = {}): Record<string, unknown> {
  return ctEvent(eventSource, eventName, { requestParameters, ...over });
}

export const iam = (eventName: string, requestParameters: Record<string, unknown> | null, over: Record<string, unknown> = {}) => call('iam.amazonaws.com', eventName, requestParameters, over);

/** The same record, refused: CloudTrail drops the response and adds the error. */
export function failed(record: Record<string, unknown>, errorCode = 'AccessDenied', errorMessage = 'User is not authorized to perform this operation'): Record<string, unknown> {
  return { ...record, errorCode, errorMessage, responseElements: null };
}

/** A console sign-in of `identity`; `minute` after the scenario start. */
export function consoleLogin(identity: Record<string, unknown>, o: { success: boolean; mfa: boolean; ip?: string; minute?: number }): Record<string, unknown> {
  return ctEvent('signin.amazonaws.com', 'ConsoleLogin', {
    userIdentity: identity,
    eventType: 'AwsConsoleSignIn',
    eventTime: at(o.minute ?? 0),
    sourceIPAddress: o.ip ?? '198.51.100.7',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    readOnly: false,
    responseElements: { ConsoleLogin: o.success ? 'Success' : 'Failure' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: o.mfa ? 'Yes' : 'No' },
    ...(o.success ? {} : { errorMessage: 'Failed authentication' }),
  });
}

/** A policy document as IAM logs it in request parameters: a JSON string. */
export function policyJson(...statements: Record<string, unknown>[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

export const ADMIN_STATEMENT = { Effect: 'Allow', Action: '*', Resource: '*' };
export const READ_S3_STATEMENT = { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] };

/** A trust statement letting `principal` assume the role. */
export function trustStatement(principal: unknown, condition?: Record<string, unknown>): Record<string, unknown> {
  return { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) };
}

/** The caller of a cross-account request as the callee's trail records it. */
export function otherAccountCaller(account: string, principalId = 'AIDAOTHERACCOUNTUSER1'): Record<string, unknown> {
  return { type: 'AWSAccount', principalId, accountId: account };
}

/** An AssumeRole call on a role of this account. */
export function assumeRole(caller: Record<string, unknown>, role = 'deploy', over: Record<string, unknown> = {}): Record<string, unknown> {
  return call('sts.amazonaws.com', 'AssumeRole', { roleArn: `arn:aws:iam::${ACCOUNT}:role/${role}`, roleSessionName: 'session-1' }, {
    userIdentity: caller,
    readOnly: true,
    responseElements: { credentials: { accessKeyId: 'ASIAEXAMPLETEMP00001', sessionToken: 'HIDDEN_DUE_TO_SECURITY_REASONS', expiration: 'Nov 27, 2026, 11:00:00 AM' }, assumedRoleUser: { assumedRoleId: 'AROAEXAMPLE6:session-1', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/session-1` } },
    resources: [{ accountId: ACCOUNT, type: 'AWS::IAM::Role', ARN: `arn:aws:iam::${ACCOUNT}:role/${role}` }],
    ...over,
  });
}

/** An AssumeRoleWithWebIdentity call through `provider` (the token's issuer). */
export function webIdentityAssume(provider: string, role = 'web-app', over: Record<string, unknown> = {}): Record<string, unknown> {
  return call('sts.amazonaws.com', 'AssumeRoleWithWebIdentity', { roleArn: `arn:aws:iam::${ACCOUNT}:role/${role}`, roleSessionName: 'web-session', durationSeconds: 3600 }, {
    userIdentity: { type: 'WebIdentityUser', principalId: `${provider}:client-1:subject-1`, userName: 'subject-1', identityProvider: provider },
    readOnly: true,
    userAgent: 'aws-sdk-js/3.600.0',
    responseElements: {
      credentials: { accessKeyId: 'ASIAEXAMPLEWEBID0001', sessionToken: 'HIDDEN_DUE_TO_SECURITY_REASONS', expiration: 'Nov 27, 2026, 11:00:00 AM' },
      subjectFromWebIdentityToken: 'subject-1', assumedRoleUser: { assumedRoleId: 'AROAEXAMPLE7:web-session', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/web-session` },
      provider, audience: 'client-1',
    },
    ...over,
  });
}

/** The same call `n` times by one caller, a minute apart from `start` (each with its own parameters). */
export function repeat(n: number, make: (i: number) => Record<string, unknown>, start = 0, stepMinutes = 1): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ ...make(i), eventTime: at(start + i * stepMinutes) }));
}

export { ACCOUNT, OTHER_ACCOUNT, at, assumedRole, awsService, iamUser, root } from './cloudtrail-records.js';
export const admin = () => iamUser('admin.alice');
