/**
 * CloudTrail records for the demo organization's day of activity (2026-11-27), in the shape CloudTrail
 * delivers them. Event ids are deterministic: benign ones `bg-…`, planted attacks `attack-…`, so tests and
 * the demo can say which events a detection cited.
 */
export const DAY = '2026-11-27';

export type Identity = Record<string, unknown>;

export function user(account: string, name: string, mfa?: boolean): Identity {
  return {
    type: 'IAMUser', principalId: `AIDA${name.replace(/[^a-z]/gi, '').toUpperCase().padEnd(17, 'X').slice(0, 17)}`, arn: `arn:aws:iam::${account}:user/${name}`, accountId: account,
    accessKeyId: `AKIA${name.replace(/[^a-z]/gi, '').toUpperCase().padEnd(16, 'K').slice(0, 16)}`, userName: name,
    ...(mfa === undefined ? {} : { sessionContext: { attributes: { creationDate: `${DAY}T07:00:00Z`, mfaAuthenticated: String(mfa) } } }),
  };
}

export function role(account: string, name: string, session: string, mfa = false): Identity {
  return {
    type: 'AssumedRole', principalId: `AROA${name.replace(/[^a-z]/gi, '').toUpperCase().padEnd(17, 'R').slice(0, 17)}:${session}`, arn: `arn:aws:sts::${account}:assumed-role/${name}/${session}`,
    accountId: account, accessKeyId: `ASIA${session.replace(/[^a-z0-9]/gi, '').toUpperCase().padEnd(16, 'S').slice(0, 16)}`,
    sessionContext: { sessionIssuer: { type: 'Role', principalId: `AROA${name.length}`, arn: `arn:aws:iam::${account}:role/${name}`, accountId: account, userName: name }, attributes: { creationDate: `${DAY}T00:00:00Z`, mfaAuthenticated: String(mfa) } },
  };
}

export function rootUser(account: string): Identity {
  return { type: 'Root', principalId: account, arn: `arn:aws:iam::${account}:root`, accountId: account };
}

export function service(name: string): Identity {
  return { type: 'AWSService', invokedBy: name };
}

export interface RecordSpec {
  readonly id: string;
  /** Minutes after midnight UTC (fractions allowed). */
  readonly at: number;
  readonly account: string;
  readonly region: string;
  readonly who: Identity;
  readonly source: string;
  readonly name: string;
  readonly ip: string;
  readonly agent?: string;
  readonly readOnly?: boolean;
  readonly request?: Record<string, unknown> | null;
  readonly response?: Record<string, unknown> | null;
  readonly error?: { code: string; message: string };
  readonly additional?: Record<string, unknown>;
  readonly eventType?: string;
  readonly resources?: { ARN: string; accountId: string; type: string }[];
}

export function ct(s: RecordSpec): Record<string, unknown> {
  const time = new Date(Date.parse(`${DAY}T00:00:00Z`) + Math.round(s.at * 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    eventVersion: '1.09',
    userIdentity: s.who,
    eventTime: time,
    eventSource: `${s.source}.amazonaws.com`,
    eventName: s.name,
    awsRegion: s.region,
    sourceIPAddress: s.ip,
    userAgent: s.agent ?? 'aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.9',
    ...(s.error ? { errorCode: s.error.code, errorMessage: s.error.message } : {}),
    requestParameters: s.request ?? null,
    responseElements: s.response ?? null,
    ...(s.additional ? { additionalEventData: s.additional } : {}),
    requestID: `req-${s.id}`,
    eventID: s.id,
    readOnly: s.readOnly ?? /^(Describe|List|Get|Head|Lookup)/.test(s.name),
    ...(s.resources ? { resources: s.resources } : {}),
    eventType: s.eventType ?? 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: s.account,
    eventCategory: 'Management',
  };
}

export const policy = (statements: unknown[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });
