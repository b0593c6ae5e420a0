import type { Resource } from '../../model/core/index.js';
import type { Finding } from '../finding.js';

/** A complete finding with overridable fields, for store conformance tests. */
export function conformanceFinding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'aws-s3-bucket-versioning',
    title: 'S3 buckets have versioning enabled',
    severity: 'medium',
    status: 'fail',
    resource: { id: 'aws_s3_bucket.logs', type: 'aws.s3.bucket', name: 'logs', provider: 'aws', address: 'aws_s3_bucket.logs' },
    location: { file: 'infra/main.tf', startLine: 3, endLine: 9 },
    source: { kind: 'iac', file: 'infra/main.tf', startLine: 3, endLine: 9 },
    message: 'Versioning is not enabled',
    evidence: [{ path: 'versioning.enabled', value: false, kind: 'default', source: { kind: 'iac', file: 'infra/main.tf', startLine: 3, endLine: 9 } }],
    description: 'Versioning keeps old object versions.',
    remediation: { terraform: 'versioning { enabled = true }' },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    frameworks: [{ framework: 'cis-aws-3.0', requirement: '2.1.3' }],
    fingerprint: 'fp-default',
    ...over,
  };
}

/** A resource with overridable type and properties, for store conformance tests. */
export function conformanceResource(uid: string, type = 'aws.s3.bucket', properties?: unknown): Resource {
  const live = type !== 'aws.s3.bucket';
  return {
    uid,
    type,
    provider: 'aws',
    ...(live ? { account: '111122223333', region: 'eu-west-1' } : {}),
    name: uid,
    tags: { kind: 'explicit', value: { env: 'prod' }, source: { kind: 'none' } },
    properties: properties ?? { versioning: { kind: 'explicit', value: true, source: { kind: 'iac', file: 'main.tf', startLine: 3, endLine: 3 } } },
    origin: live ? { kind: 'live', call: 'ec2:DescribeInstances' } : { kind: 'iac', framework: 'terraform', file: 'main.tf', startLine: 1, endLine: 5, address: `aws_s3_bucket.${uid}` },
    source: { kind: 'none' },
  };
}
