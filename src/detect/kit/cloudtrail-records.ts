/**
 * CloudTrail records for detection examples, in the exact shape CloudTrail delivers. `ctEvent` fills the
 * fields every record has; the actor helpers build `userIdentity` for each principal type.
 */
export const ACCOUNT = '222222222222';
export const OTHER_ACCOUNT = '999988887777';

let seq = 0;

export function ctEvent(eventSource: string, eventName: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  seq++;
  return {
    eventVersion: '1.09',
    userIdentity: iamUser('maria.ops'),
    eventTime: '2026-11-27T10:00:00Z',
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.17.0 Python/3.11.6 Linux/6.1',
    requestParameters: null,
    responseElements: null,
    requestID: `req-${seq}`,
    eventID: `evt-${String(seq).padStart(6, '0')}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    ...over,
  };
}

export function iamUser(name: string, account = ACCOUNT, mfa?: boolean): Record<string, unknown> {
  return {
    type: 'IAMUser', principalId: `AIDA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').padEnd(16, '0').slice(0, 16)}`, arn: `arn:aws:iam::${account}:user/${name}`, accountId: account,
    accessKeyId: 'AKIAEXAMPLEKEY000001', userName: name,
    ...(mfa === undefined ? {} : { sessionContext: { attributes: { creationDate: '2026-11-27T09:00:00Z', mfaAuthenticated: String(mfa) } } }),
  };
}

export function root(account = ACCOUNT): Record<string, unknown> {
  return { type: 'Root', principalId: account, arn: `arn:aws:iam::${account}:root`, accountId: account, accessKeyId: 'ASIAEXAMPLEROOT00001' };
}

export function assumedRole(role: string, session: string, account = ACCOUNT, mfa = false): Record<string, unknown> {
  return {
    type: 'AssumedRole', principalId: `AROAEXAMPLE${role.length}:${session}`, arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`, accountId: account, accessKeyId: 'ASIAEXAMPLESESSION01',
    sessionContext: { sessionIssuer: { type: 'Role', principalId: `AROAEXAMPLE${role.length}`, arn: `arn:aws:iam::${account}:role/${role}`, accountId: account, userName: role }, attributes: { creationDate: '2026-11-27T09:00:00Z', mfaAuthenticated: String(mfa) } },
  };
}

export function awsService(service: string): Record<string, unknown> {
  return { type: 'AWSService', invokedBy: service };
}

/** The time `minutes` after 2026-11-27T10:00:00Z, as CloudTrail writes it. */
export function at(minutes: number): string {
  return new Date(Date.parse('2026-11-27T10:00:00Z') + minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}
