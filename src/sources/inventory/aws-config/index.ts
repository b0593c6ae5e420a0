import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import type { InventoryImportResult } from '../types.js';
import type { ConfigItem } from './item.js';
import { configFiles, readConfigItems } from './read.js';
import { adaptBucket } from './s3.js';
import { adaptInstance, adaptSecurityGroup, adaptSubnet, adaptVolume, adaptVpc } from './ec2.js';
import { adaptGroup, adaptPolicy, adaptRole, adaptUser } from './iam.js';
import { adaptDbInstance, adaptKmsKey, adaptLambda, adaptTrail } from './services.js';

/** Config resource types mapped onto the model. Others are counted in `unmappedTypes` (shown to the user). */
const ADAPTERS: Readonly<Record<string, (item: ConfigItem) => Resource>> = {
  'AWS::S3::Bucket': adaptBucket,
  'AWS::EC2::SecurityGroup': adaptSecurityGroup,
  'AWS::EC2::Instance': adaptInstance,
  'AWS::EC2::Volume': adaptVolume,
  'AWS::EC2::VPC': adaptVpc,
  'AWS::EC2::Subnet': adaptSubnet,
  'AWS::IAM::Role': adaptRole,
  'AWS::IAM::User': adaptUser,
  'AWS::IAM::Group': adaptGroup,
  'AWS::IAM::Policy': adaptPolicy,
  'AWS::RDS::DBInstance': adaptDbInstance,
  'AWS::CloudTrail::Trail': adaptTrail,
  'AWS::KMS::Key': adaptKmsKey,
  'AWS::Lambda::Function': adaptLambda,
};

export const AWS_CONFIG_MAPPED_TYPES: readonly string[] = Object.keys(ADAPTERS);

const GONE = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded']);

/**
 * `cloudwarden import aws-config FILE|DIR`: AWS Config snapshot or history files (`configurationItems`,
 * .json or .json.gz, item versions 1.2 and 1.3) into the model. When a resource appears several times
 * (history files) the latest capture wins; deleted resources are dropped.
 */
export async function importAwsConfig(paths: readonly string[]): Promise<InventoryImportResult> {
  const errors: InputError[] = [];
  const files = await configFiles(paths, errors);
  const latest = new Map<string, ConfigItem>();
  const filesScanned: string[] = [];
  const filesFailed: string[] = [];
  for (const file of files) {
    const items = await readConfigItems(file, errors);
    if (!items) {
      filesFailed.push(file);
      continue;
    }
    filesScanned.push(file);
    for (const it of items) {
      const key = [it.awsAccountId, it.awsRegion, it.resourceType, it.resourceId].join('|');
      const prev = latest.get(key);
      if (!prev || prev.captureTime <= it.captureTime) latest.set(key, it);
    }
  }
  const resources: Resource[] = [];
  const unmappedTypes: Record<string, number> = {};
  let skippedRecords = 0;
  for (const it of latest.values()) {
    if (GONE.has(it.status)) {
      skippedRecords++;
      continue;
    }
    const adapt = ADAPTERS[it.resourceType];
    if (!adapt) {
      unmappedTypes[it.resourceType] = (unmappedTypes[it.resourceType] ?? 0) + 1;
      continue;
    }
    try {
      resources.push(adapt(it));
    } catch (e) {
      errors.push({ file: it.prov.file, line: 0, column: 0, message: `${it.prov.pointer} (${it.resourceType} ${it.resourceId}): could not be mapped: ${(e as Error).message}` });
    }
  }
  return { format: 'aws-config', resources, errors, filesScanned, filesFailed, unmappedTypes, skippedRecords };
}
