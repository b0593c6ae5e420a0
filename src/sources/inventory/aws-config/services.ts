import type { CloudTrailTrail } from '../../../model/aws/monitoring.js';
import type { KmsKey, RdsInstance } from '../../../model/aws/data.js';
import type { LambdaFunction } from '../../../model/aws/compute.js';
import { parsePolicyDocument } from '../../../model/aws/policy.js';
import { fromItem } from './build.js';
import { ItemReader, bool, field, num, str, strList, type ConfigItem } from './item.js';

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function adaptDbInstance(item: ConfigItem): RdsInstance {
  const r = new ItemReader(item);
  const c = item.configuration;
  const prefix = `arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}`;
  const cluster = str(field(c, 'dBClusterIdentifier'));
  return fromItem(item, 'aws.rds.instance', item.arn ?? item.resourceId, {
    engine: r.get('engine', str),
    storageEncrypted: r.get('storageEncrypted', bool),
    kmsKeyId: r.known(str(field(c, 'kmsKeyId')) ?? null),
    publiclyAccessible: r.get('publiclyAccessible', bool),
    backupRetentionDays: r.get('backupRetentionPeriod', num),
    multiAz: r.get('multiAZ', bool),
    deletionProtection: r.get('deletionProtection', bool, { value: false, reason: 'not recorded as protected' }),
    autoMinorVersionUpgrade: r.get('autoMinorVersionUpgrade', bool),
    iamAuthentication: r.get('iAMDatabaseAuthenticationEnabled', bool, { value: false, reason: 'not recorded as enabled' }),
    enhancedMonitoring: r.known((num(field(c, 'monitoringInterval')) ?? 0) > 0),
    cloudwatchLogsExports: r.known(strList(field(c, 'enabledCloudwatchLogsExports')) ?? []),
    clusterId: r.known(cluster ? `arn:aws:rds:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}:cluster:${cluster}` : null),
    securityGroups: r.known(list(field(c, 'vpcSecurityGroups')).map((g) => `${prefix}:security-group/${str(field(g, 'vpcSecurityGroupId')) ?? ''}`)),
    masterUsername: r.get('masterUsername', str),
    port: r.get('endpoint.port', num),
    copyTagsToSnapshot: r.get('copyTagsToSnapshot', bool),
  });
}

export function adaptTrail(item: ConfigItem): CloudTrailTrail {
  const r = new ItemReader(item);
  const c = item.configuration;
  return fromItem(item, 'aws.cloudtrail.trail', item.arn ?? str(field(c, 'trailARN')) ?? item.resourceId, {
    trailName: r.known(str(field(c, 'name')) ?? item.resourceName ?? item.resourceId),
    isMultiRegion: r.get('isMultiRegionTrail', bool),
    logFileValidation: r.get('logFileValidationEnabled', bool),
    kmsKeyId: r.known(str(field(c, 'kmsKeyId')) ?? null),
    isLogging: r.get('isLogging', bool),
    includeGlobalServiceEvents: r.get('includeGlobalServiceEvents', bool),
    isOrganizationTrail: r.get('isOrganizationTrail', bool, { value: false, reason: 'not recorded as an organization trail' }),
    s3BucketName: r.known(str(field(c, 's3BucketName')) ?? null),
    cloudWatchLogsGroupArn: r.known(str(field(c, 'cloudWatchLogsLogGroupArn')) ?? null),
    s3DataEventsRead: r.notRecorded('event selectors'),
    s3DataEventsWrite: r.notRecorded('event selectors'),
    insightTypes: r.notRecorded('insight selectors'),
    cloudWatchLogsLastDelivery: r.notRecorded('trail status'),
  });
}

export function adaptKmsKey(item: ConfigItem): KmsKey {
  const r = new ItemReader(item);
  const c = item.configuration;
  const manager = str(field(c, 'keyManager'));
  const state = str(field(c, 'keyState'));
  return fromItem(item, 'aws.kms.key', item.arn ?? str(field(c, 'arn')) ?? item.resourceId, {
    keyManager: manager === 'AWS' || manager === 'CUSTOMER' ? r.known(manager) : r.notRecorded('key manager'),
    keySpec: r.get('keySpec', str, { value: 'SYMMETRIC_DEFAULT', reason: 'no key spec recorded' }),
    rotationEnabled: r.get('keyRotationEnabled', bool),
    enabled: state ? r.known(state === 'Enabled') : r.get('enabled', bool),
    pendingDeletion: state ? r.known(state === 'PendingDeletion') : r.notRecorded('key state'),
    policy: r.notRecorded('the key policy'),
  });
}

export function adaptLambda(item: ConfigItem): LambdaFunction {
  const r = new ItemReader(item);
  const c = item.configuration;
  const vars = field(c, 'environment.variables');
  const policyText = field(item.supplementary, 'Policy');
  const parsed = typeof policyText === 'string' || (policyText && typeof policyText === 'object') ? parsePolicyDocument(typeof policyText === 'string' ? policyText : JSON.stringify(policyText)) : undefined;
  const subnets = list(field(c, 'vpcConfig.subnetIds'));
  return fromItem(item, 'aws.lambda.function', item.arn ?? str(field(c, 'functionArn')) ?? item.resourceId, {
    functionName: r.get('functionName', str),
    runtime: r.known(str(field(c, 'runtime')) ?? null),
    role: r.get('role', str),
    environment: vars && typeof vars === 'object' ? r.known(Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]))) : r.absent({}, 'no environment recorded'),
    policy: parsed === undefined ? r.notRecorded('the resource policy') : parsed.ok ? r.known(parsed.document) : r.notRecorded('a parsable resource policy'),
    tracingMode: r.get('tracingConfig.mode', str, { value: 'PassThrough', reason: 'default tracing mode' }),
    inVpc: r.known(subnets.length > 0),
    kmsKeyArn: r.known(str(field(c, 'kmsKeyArn')) ?? null),
    deadLetterTarget: r.known(str(field(c, 'deadLetterConfig.targetArn')) ?? null),
    reservedConcurrency: r.known(num(field(c, 'reservedConcurrentExecutions')) ?? null),
  });
}
