import type { Resource, Value } from '../core/index.js';

export interface CloudTrailTrailProperties {
  readonly trailName: Value<string>;
  readonly isMultiRegion: Value<boolean>;
  readonly logFileValidation: Value<boolean>;
  /** KMS key used to encrypt log files, or null (SSE-S3). */
  readonly kmsKeyId: Value<string | null>;
  readonly isLogging: Value<boolean>;
  readonly includeGlobalServiceEvents: Value<boolean>;
  readonly isOrganizationTrail: Value<boolean>;
  readonly s3BucketName: Value<string | null>;
  readonly cloudWatchLogsGroupArn: Value<string | null>;
  /** Whether event selectors log S3 object-level (data) read and write events. */
  readonly s3DataEventsRead: Value<boolean>;
  readonly s3DataEventsWrite: Value<boolean>;
  /** CloudTrail Insights event types the trail logs (`ApiCallRateInsight`, `ApiErrorRateInsight`); empty when off. */
  readonly insightTypes: Value<readonly string[]>;
  /**
   * When CloudTrail last delivered events to the CloudWatch Logs group (ISO-8601); null when it never has or the
   * trail has no log group. Known only live (GetTrailStatus).
   */
  readonly cloudWatchLogsLastDelivery: Value<string | null>;
}
export type CloudTrailTrail = Resource<'aws.cloudtrail.trail', CloudTrailTrailProperties>;

/** AWS Config recorder in one region (a region with none has one with `exists` false, live). */
export interface ConfigRecorderProperties {
  readonly exists: Value<boolean>;
  readonly recording: Value<boolean>;
  readonly allSupported: Value<boolean>;
  readonly includeGlobalResourceTypes: Value<boolean>;
  readonly lastStatus: Value<string | null>;
  /** S3 bucket of the region's delivery channel (where snapshots and history go), null when there is none. */
  readonly deliveryBucket: Value<string | null>;
  /** Config rules in the region (live); in IaC, those declared beside the recorder. */
  readonly ruleCount: Value<number>;
}
export type ConfigRecorder = Resource<'aws.config.recorder', ConfigRecorderProperties>;

/** GuardDuty detector in one region (a region with none has one with `enabled` false, live). */
export interface GuardDutyDetectorProperties {
  readonly enabled: Value<boolean>;
  readonly findingPublishingFrequency: Value<string>;
  /**
   * Protection plans by GuardDuty feature name (`S3_DATA_EVENTS`, `EKS_AUDIT_LOGS`, `EBS_MALWARE_PROTECTION`,
   * `RDS_LOGIN_EVENTS`, `LAMBDA_NETWORK_LOGS`, `RUNTIME_MONITORING`, ...) to `ENABLED` or `DISABLED`.
   */
  readonly features: Value<Readonly<Record<string, string>>>;
  /** Unarchived findings of high severity (7.0 and up) the detector holds; live only (IaC declares none). */
  readonly highSeverityFindings: Value<readonly GuardDutyFindingSummary[]>;
}

/** What the rules need of a GuardDuty finding. */
export interface GuardDutyFindingSummary {
  readonly id: string;
  /** `UnauthorizedAccess:EC2/SSHBruteForce`, `CryptoCurrency:EC2/BitcoinTool.B!DNS`, ... */
  readonly type: string;
  readonly severity: number;
  /** ISO-8601 time GuardDuty first generated the finding. */
  readonly createdAt: string;
  readonly resourceType: string | null;
}
export type GuardDutyDetector = Resource<'aws.guardduty.detector', GuardDutyDetectorProperties>;

/** Security Hub in one region. */
export interface SecurityHubProperties {
  readonly enabled: Value<boolean>;
  readonly enabledStandards: Value<readonly string[]>;
}
export type SecurityHub = Resource<'aws.securityhub.hub', SecurityHubProperties>;

export interface LogGroupProperties {
  readonly retentionDays: Value<number | null>;
  readonly kmsKeyId: Value<string | null>;
}
export type LogGroup = Resource<'aws.logs.log-group', LogGroupProperties>;
