/**
 * Compute plants of the demo world (issue 4): resources added on top of the account files, each one a
 * misconfiguration the demo scan must report, listed in `expected`. They sit in production's eu-west-1, where
 * Inspector and Systems Manager run, so every instance, image and function there stays decidable.
 */
import type { WorldInput } from '../../schema.js';
import { DEVELOPMENT } from '../accounts.js';
import { PRODUCTION } from '../production.js';
import { doc } from '../common.js';
import { append, findItem, type PlantFamily } from './merge.js';

const R = 'eu-west-1';
const STRANGER = '999988887777';
const WEBHOOK_ARN = `arn:aws:lambda:${R}:${PRODUCTION}:function:payments-webhook`;
const RUNNER = 'payments-automation-runner';
const IMAGE_DIGEST = 'sha256:4f1d0000000000000000000000000000000000000000000000000000000000aa';

/** An Inspector package finding in the API's shape. */
function cve(id: string, pkg: string, resource: Record<string, unknown>, o: { cvss: number; exploit: 'YES' | 'NO'; fix: 'YES' | 'NO' }): Record<string, unknown> {
  return {
    findingArn: `arn:aws:inspector2:${R}:${PRODUCTION}:finding/demo-${id.toLowerCase()}-${String(resource['type']).toLowerCase()}`,
    awsAccountId: PRODUCTION, type: 'PACKAGE_VULNERABILITY', severity: 'CRITICAL', status: 'ACTIVE', title: `${id} - ${pkg}`,
    exploitAvailable: o.exploit, fixAvailable: o.fix, inspectorScore: o.cvss, resources: [{ region: R, ...resource }],
    packageVulnerabilityDetails: { vulnerabilityId: id, source: 'NVD', cvss: [{ baseScore: o.cvss, version: '3.1', source: 'NVD' }], vulnerablePackages: [{ name: pkg, version: '0.0.1', fixedInVersion: o.fix === 'YES' ? '0.0.2' : 'NotAvailable' }] },
  };
}

/** A running instance in the private subnet, compliant apart from what the caller overrides. */
function instance(id: string, image: string, name: string): Record<string, unknown> {
  return {
    InstanceId: id, ImageId: image, InstanceType: 't3.medium', SubnetId: 'subnet-prod-a', VpcId: 'vpc-prod',
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    SecurityGroups: [{ GroupId: 'sg-prod-app', GroupName: 'prod-app' }], RootDeviceName: '/dev/xvda',
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: `vol-${id.slice(2)}` } }], Monitoring: { State: 'enabled' },
    Tags: [{ Key: 'Name', Value: name }],
  };
}

function plantInstances(world: WorldInput): void {
  append(world, PRODUCTION, R, 'ec2', 'Images',
    // A golden image the team stopped maintaining: deprecated, yet a reporting host still runs it.
    { ImageId: 'ami-0legacyreport0001', Name: 'reporting-2024', CreationDate: '2024-03-01T00:00:00.000Z', DeprecationTime: '2026-01-01T00:00:00.000Z', State: 'available', LaunchPermissions: [] },
    // Somebody's "hardened" community image, public and owned by a stranger.
    { ImageId: 'ami-0communityhard01', Name: 'hardened-ubuntu-free', OwnerId: STRANGER, CreationDate: '2026-09-01T00:00:00.000Z', Public: true, State: 'available' },
  );
  append(world, PRODUCTION, R, 'ec2', 'Instances',
    instance('i-0reporting00000001', 'ami-0legacyreport0001', 'legacy-reporting'),
    instance('i-0batch00000000001', 'ami-0communityhard01', 'batch-worker'),
  );
  append(world, PRODUCTION, R, 'ec2', 'Volumes',
    ...['i-0reporting00000001', 'i-0batch00000000001'].map((id) => ({ VolumeId: `vol-${id.slice(2)}`, Size: 30, VolumeType: 'gp3', Encrypted: true, KmsKeyId: `arn:aws:kms:${R}:${PRODUCTION}:key/1b3a4f5e-0000-4000-8000-000000000201`, AvailabilityZone: `${R}a`, Attachments: [{ InstanceId: id, Device: '/dev/xvda' }] })),
  );
  // The reporting host lost its agent in the summer: its last patch scan is months old. The batch worker
  // never had one (no SSM entry at all).
  append(world, PRODUCTION, R, 'ssm', 'InstanceInformationList', { InstanceId: 'i-0reporting00000001', PingStatus: 'ConnectionLost', PlatformType: 'Linux', ResourceType: 'EC2Instance', LastPingDateTime: '2026-08-02T00:00:00Z' });
  append(world, PRODUCTION, R, 'ssm', 'InstancePatchStates', { InstanceId: 'i-0reporting00000001', Operation: 'Scan', OperationEndTime: '2026-08-01T00:00:00Z', MissingCount: 0 });
  const bastionPatches = findItem(world, PRODUCTION, R, 'ssm', 'InstancePatchStates', (s) => s['InstanceId'] === 'i-0ba57100000000a01');
  bastionPatches['SecurityNonCompliantCount'] = 9;
}

function plantFunctionsAndImages(world: WorldInput): void {
  append(world, PRODUCTION, R, 'lambda', 'Functions', {
    FunctionName: RUNNER, Runtime: 'python3.12', Role: `arn:aws:iam::${PRODUCTION}:role/payments-automation`, TracingConfig: { Mode: 'Active' },
    Policy: doc([{ Sid: 'PartnerInvoke', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${STRANGER}:root` }, Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:${R}:${PRODUCTION}:function:${RUNNER}` }]),
    FunctionUrlConfigs: [{ AuthType: 'NONE', Cors: { AllowOrigins: ['*'], AllowMethods: ['POST'] } }],
  });
  append(world, PRODUCTION, R, 'ecr', 'repositories', {
    repositoryName: 'shared-base-images', imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE',
    encryptionConfiguration: { encryptionType: 'KMS' },
    lifecyclePolicyText: { rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] },
    policyText: doc([{ Sid: 'VendorPull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${STRANGER}:root` }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }]),
  });
  append(world, PRODUCTION, R, 'inspector2', 'Findings',
    cve('CVE-2023-38408', 'openssh-clients', { type: 'AWS_EC2_INSTANCE', id: 'i-0ba57100000000a01' }, { cvss: 9.8, exploit: 'YES', fix: 'YES' }),
    cve('CVE-2024-45337', 'golang.org/x/crypto', { type: 'AWS_ECR_CONTAINER_IMAGE', id: `arn:aws:ecr:${R}:${PRODUCTION}:repository/payments-api/${IMAGE_DIGEST}`, details: { awsEcrContainerImage: { repositoryName: 'payments-api', imageHash: IMAGE_DIGEST } } }, { cvss: 9.1, exploit: 'YES', fix: 'YES' }),
    cve('CVE-2024-3651', 'idna', { type: 'AWS_LAMBDA_FUNCTION', id: `${WEBHOOK_ARN}:$LATEST` }, { cvss: 9.8, exploit: 'YES', fix: 'YES' }),
  );
}

export const computePlants: PlantFamily = {
  name: 'compute',
  plant(world) {
    plantInstances(world);
    plantFunctionsAndImages(world);
  },
  expected: [
    ['aws-ssm-instance-critical-patches-missing', PRODUCTION, 'i-0ba571'],
    ['aws-ssm-instance-security-patches-missing', PRODUCTION, 'i-0ba571'],
    ['aws-ssm-instance-patch-scan-stale', PRODUCTION, 'i-0reporting'],
    ['aws-ssm-instance-agent-offline', PRODUCTION, 'i-0reporting'],
    ['aws-ec2-instance-ssm-managed', PRODUCTION, 'i-0batch'],
    ['aws-ec2-instance-ami-unverified-owner', PRODUCTION, 'i-0batch'],
    ['aws-ec2-instance-deprecated-ami', PRODUCTION, 'i-0reporting'],
    ['aws-ec2-ami-deprecated', PRODUCTION, 'ami-0legacyreport'],
    ['aws-ec2-ami-old', PRODUCTION, 'ami-0prodbase'],
    ['aws-ec2-instance-exploitable-cve', PRODUCTION, 'i-0ba571'],
    ['aws-ec2-instance-fixable-cve', PRODUCTION, 'i-0ba571'],
    ['aws-ec2-instance-critical-cvss', PRODUCTION, 'i-0ba571'],
    ['aws-ecr-image-exploitable-cve', PRODUCTION, 'payments-api'],
    ['aws-ecr-image-fixable-cve', PRODUCTION, 'payments-api'],
    ['aws-ecr-image-critical-cvss', PRODUCTION, 'payments-api'],
    ['aws-ecr-image-critical-findings', PRODUCTION, 'payments-api'],
    ['aws-ecr-repository-cross-account-pull', PRODUCTION, 'shared-base-images'],
    ['aws-ecr-repository-lifecycle-policy', PRODUCTION, 'payments-api'],
    ['aws-lambda-function-exploitable-cve', PRODUCTION, 'payments-webhook'],
    ['aws-lambda-function-fixable-cve', PRODUCTION, 'payments-webhook'],
    ['aws-lambda-function-critical-cvss', PRODUCTION, 'payments-webhook'],
    ['aws-lambda-function-admin-role', PRODUCTION, RUNNER],
    ['aws-lambda-function-cross-account-invoke', PRODUCTION, RUNNER],
    ['aws-lambda-function-url-cors-wildcard', PRODUCTION, RUNNER],
    ['aws-eks-cluster-supported-version', PRODUCTION, 'payments-platform'],
    ['aws-inspector2-ec2-scanning', DEVELOPMENT, 'eu-west-1'],
    ['aws-inspector2-ecr-scanning', DEVELOPMENT, 'eu-west-1'],
    ['aws-inspector2-lambda-scanning', PRODUCTION, 'us-east-1'],
  ],
};
