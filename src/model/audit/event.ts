/**
 * One audit-log event, whichever cloud wrote it: CloudTrail, Azure Activity Log or GCP Cloud Audit Logs
 * adapt into this shape, and every threat detection is a function of it. Fields a log does not carry are
 * absent (or null where "the log says nothing" and "false" must differ, as for MFA).
 */
export interface AuditEvent {
  /** The log's own event id (CloudTrail `eventID`, Azure `eventDataId`, GCP `insertId`). */
  readonly id: string;
  /** Event time, milliseconds since the epoch (UTC). */
  readonly time: number;
  readonly provider: 'aws' | 'azure' | 'gcp';
  /** Account, subscription or project the event was recorded in. */
  readonly account?: string;
  readonly region?: string;
  readonly actor: AuditActor;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  /** Short service name: `iam`, `s3`, `signin` (from `iam.amazonaws.com`); Azure/GCP: the resource provider or service. */
  readonly service: string;
  /** The operation: CloudTrail `eventName`, Azure `operationName`, GCP `methodName`. */
  readonly action: string;
  /** Whether the call only reads (null when the log does not say). */
  readonly readOnly: boolean | null;
  /** `AwsApiCall`, `AwsConsoleSignIn`, `AwsServiceEvent`, ... (the log's own category). */
  readonly eventType?: string;
  /** Error code of a failed call (`AccessDenied`, `Client.UnauthorizedOperation`); absent on success. */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly resources: readonly AuditResource[];
  /** Request parameters as logged (secrets are never logged by the clouds; values are kept as given). */
  readonly request?: Readonly<Record<string, unknown>>;
  readonly response?: Readonly<Record<string, unknown>>;
  /** Extra data the log adds (CloudTrail `additionalEventData`: MFAUsed, LoginTo, ...). */
  readonly additional?: Readonly<Record<string, unknown>>;
  /** Where the event was read: file (or `s3://bucket/key`, `-` for stdin) and its index in that input. */
  readonly origin: AuditOrigin;
}

export interface AuditActor {
  /** `Root`, `IAMUser`, `AssumedRole`, `FederatedUser`, `AWSService`, `AWSAccount`, `Unknown`; Azure/GCP: `User`, `ServicePrincipal`, `ServiceAccount`. */
  readonly type: string;
  /** Stable identity: the user/role ARN (for an assumed role: the role's ARN, not the session's), UPN or email. */
  readonly id: string;
  /** Display name: user name, role name (`role/session` for sessions), or the service. */
  readonly name: string;
  /** The exact caller ARN as logged (an assumed-role session ARN for sessions). */
  readonly arn?: string;
  readonly accountId?: string;
  readonly accessKeyId?: string;
  /** For role sessions: the role (or user, for federation tokens) that issued them. */
  readonly sessionIssuer?: string;
  /** For role sessions: the session's name (`…:assumed-role/<role>/<session>`), e.g. an EC2 instance id. */
  readonly session?: string;
  /** Whether the session was authenticated with MFA; null when the log does not say. */
  readonly mfa: boolean | null;
  /** The AWS service acting on the principal's behalf (`invokedBy`), when one did. */
  readonly invokedBy?: string;
  /** For web-identity and SAML callers: the identity provider that issued the token (CloudTrail `identityProvider`). */
  readonly identityProvider?: string;
}

export interface AuditResource {
  readonly type?: string;
  /** ARN or resource id. */
  readonly id: string;
  readonly account?: string;
}

export interface AuditOrigin {
  readonly file: string;
  /** 0-based index of the record in the file (the line index for one-event-per-line files). */
  readonly index: number;
}
