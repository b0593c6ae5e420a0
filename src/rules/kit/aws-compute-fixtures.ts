/**
 * Typed model fixtures for the compute and vulnerability rules: live-looking instances, images, functions,
 * managed instances, Inspector coverage and vulnerability findings, each compliant unless overridden.
 */
import type { Ec2InstanceProperties } from '../../model/aws/ec2.js';
import type { EcrImageProperties, LambdaFunctionProperties } from '../../model/aws/compute.js';
import type { Inspector2CoverageProperties, SsmManagedInstanceProperties } from '../../model/aws/operations.js';
import type { VulnerabilityFindingProperties } from '../../model/vulnerability.js';
import type { ModelResource } from '../../model/types.js';
import { modelFixture, v } from './aws-logging-fixtures.js';

const ACCOUNT = '111122223333';
const opts = { account: ACCOUNT, region: 'eu-west-1' };

/** A running instance (uid as the EC2 collector writes it), launched from a recent AMI of its own account. */
export function ec2Instance(name: string, p: Partial<Ec2InstanceProperties> = {}): ModelResource<'aws.ec2.instance'> {
  const r = modelFixture('aws.ec2.instance', name, {
    instanceId: v(name), imageId: v('ami-0golden'), instanceType: v('t3.micro'), hasPublicIp: v(false), publicIp: v(null),
    metadataHttpTokens: v('required'), metadataHttpEndpoint: v('enabled'), metadataHopLimit: v(1), securityGroups: v([]),
    subnetId: v(null), iamInstanceProfile: v(null), rootVolumeEncrypted: v(true), detailedMonitoring: v(true), ebsOptimized: v(true),
    userData: v(null), state: v('running'), launchTime: v('2026-05-01T00:00:00Z'),
    launchImage: v({ ownerId: ACCOUNT, ownerAlias: null, deprecationTime: null, creationDate: '2026-04-01T00:00:00Z' }),
    ...p,
  }, opts);
  return { ...r, uid: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${name}` };
}

export function lambdaFunction(name: string, p: Partial<LambdaFunctionProperties> = {}): ModelResource<'aws.lambda.function'> {
  return modelFixture('aws.lambda.function', name, {
    functionName: v(name), runtime: v('python3.13'), role: v(`arn:aws:iam::${ACCOUNT}:role/${name}`), environment: v({}), policy: v(null),
    tracingMode: v('Active'), inVpc: v(false), kmsKeyArn: v(null), deadLetterTarget: v(null), reservedConcurrency: v(null), ...p,
  }, opts);
}

export function ecrImage(name: string, p: Partial<EcrImageProperties> = {}): ModelResource<'aws.ecr.image'> {
  return modelFixture('aws.ecr.image', name, {
    repositoryId: v(`arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/app`), digest: v(`sha256:${'ab'.repeat(32)}`), tags: v(['v1']),
    pushedAt: v('2026-05-01T00:00:00Z'), scanStatus: v('COMPLETE'), findingSeverityCounts: v({}), ...p,
  }, opts);
}

/** Inspector's status in the fixtures' account and region: everything scanned unless overridden. */
export function inspectorCoverage(p: Partial<Inspector2CoverageProperties> = {}): ModelResource<'aws.inspector2.coverage'> {
  return modelFixture('aws.inspector2.coverage', 'coverage', {
    enabled: v(true), ec2Scanning: v(true), ecrScanning: v(true), lambdaScanning: v(true), lambdaCodeScanning: v(true), ...p,
  }, opts);
}

/** An active finding on `resourceUid`: a critical CVE with exploit and fix, CVSS 9.8, unless overridden. */
export function vulnerability(id: string, resourceUid: string, p: Partial<VulnerabilityFindingProperties> = {}): ModelResource<'vulnerability.finding'> {
  return modelFixture('vulnerability.finding', `finding-${id}-${resourceUid.length}`, {
    scanner: v('inspector2'), findingType: v('PACKAGE_VULNERABILITY'), title: v(`${id} - openssl`), vulnerabilityId: v(id), severity: v('CRITICAL'),
    cvssScore: v(9.8), inspectorScore: v(9.8), exploitAvailable: v(true), fixAvailable: v('YES'),
    packages: v([{ name: 'openssl', version: '3.0.1', fixedInVersion: '3.0.7', packageManager: 'OS' }]), status: v('ACTIVE'),
    resourceType: v('AWS_EC2_INSTANCE'), resourceUid: v(resourceUid), firstObservedAt: v('2026-05-01T00:00:00Z'), lastObservedAt: v('2026-05-30T00:00:00Z'),
    ...p,
  }, opts);
}

/** A managed instance with a recent, clean patch scan unless overridden. */
export function managedInstance(name: string, p: Partial<SsmManagedInstanceProperties> = {}): ModelResource<'aws.ssm.managed-instance'> {
  return modelFixture('aws.ssm.managed-instance', name, {
    instanceId: v(name), instanceUid: v(`arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${name}`), pingStatus: v('Online'), lastPingTime: v('2026-05-31T00:00:00Z'),
    platformType: v('Linux'), platformName: v('Amazon Linux'), agentVersion: v('3.3.0'), agentLatest: v(true), patchStateReported: v(true),
    missingPatchCount: v(0), failedPatchCount: v(0), criticalNonCompliantCount: v(0), securityNonCompliantCount: v(0),
    lastPatchOperationTime: v('2026-05-25T00:00:00Z'), lastPatchOperation: v('Scan'), ...p,
  }, opts);
}
