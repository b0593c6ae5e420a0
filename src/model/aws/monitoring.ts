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
}
export type CloudTrailTrail = Resource<'aws.cloudtrail.trail', CloudTrailTrailProperties>;

/** AWS Config recorder in one region (a region with none has one with `exists` false, live). */
export interface ConfigRecorderProperties {
  readonly exists: Value<boolean>;
  readonly recording: Value<boolean>;
  readonly allSupported: Value<boolean>;
  readonly includeGlobalResourceTypes: Value<boolean>;
  readonly lastStatus: Value<string | null>;
}
export type ConfigRecorder = Resource<'aws.config.recorder', ConfigRecorderProperties>;

/** GuardDuty detector in one region (a region with none has one with `enabled` false, live). */
export interface GuardDutyDetectorProperties {
  readonly enabled: Value<boolean>;
  readonly findingPublishingFrequency: Value<string>;
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
