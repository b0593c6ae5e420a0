import type { Finding } from '../../findings/finding.js';
import { buildReport, type ScanReport } from '../../findings/report.js';

/** A value that must never appear in any output (it is marked sensitive). */
export const SENSITIVE_VALUE = 'sup3r-s3cret-user-data-value';
/** An access key id in a finding message: outputs must redact it. */
export const SECRET_IN_MESSAGE = 'AKIAIOSFODNN7EXAMPLE';
/** Characters that break naive XML, CSV, JSON and terminal output. */
export const SPECIAL = `<tag attr="x">&amp; 'quoted', comma\nnew line\ttab é 雪 \u0007bell`;

const iac = (file: string, startLine: number, endLine: number) => ({ kind: 'iac' as const, file, startLine, endLine });
/** A risk score of a severity base plus, above it, a public-exposure factor (what the engine would attach). */
const risk = (base: number, score: number): Finding['risk'] => ({
  score,
  factors: [{ factor: 'severity', points: base, detail: 'severity' }, ...(score > base ? [{ factor: 'public-exposure', points: score - base, detail: 'the bucket ACL grants access to everyone' }] : [])],
});

function f(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'status' | 'fingerprint'>): Finding {
  const location = over.location ?? { file: 'infra/main.tf', startLine: 10, endLine: 12 };
  return {
    title: `Title of ${over.ruleId}`,
    severity: 'high',
    resource: { id: 'aws_s3_bucket.logs', type: 'aws.s3.bucket', name: 'logs', provider: 'aws', address: 'aws_s3_bucket.logs' },
    location,
    source: iac(location.file, location.startLine, location.endLine),
    message: `Message of ${over.ruleId}`,
    evidence: [],
    description: `Why ${over.ruleId} matters.`,
    remediation: { terraform: 'resource "aws_s3_bucket_public_access_block" "x" {\n  block_public_acls = true\n}', cli: 'aws s3api put-public-access-block --bucket logs' },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    frameworks: [{ framework: 'cis-aws-3.0', requirement: '2.1.4' }],
    ...over,
  };
}

/** Findings covering every status, muting, a live resource, special characters and secrets. */
export const FIXTURE_FINDINGS: readonly Finding[] = [
  f({ ruleId: 'aws-s3-bucket-public-access-block', status: 'fail', severity: 'critical', fingerprint: 'fp-crit', risk: risk(70, 90), location: { file: 'infra/main.tf', startLine: 3, endLine: 9 } }),
  f({ ruleId: 'aws-s3-bucket-versioning', status: 'pass', severity: 'medium', fingerprint: 'fp-pass', risk: { score: 0, factors: [{ factor: 'status', points: 0, detail: 'the check passed' }] } }),
  f({
    ruleId: 'aws-ec2-instance-user-data-secrets',
    status: 'fail',
    severity: 'high',
    fingerprint: 'fp-secret',
    risk: risk(50, 50),
    resource: { id: 'aws_instance.web', type: 'aws.ec2.instance', name: 'web', provider: 'aws', address: 'aws_instance.web' },
    location: { file: 'infra/dir with space/ec2.tf', startLine: 20, endLine: 20, startColumn: 3 },
    message: `User data contains an access key ${SECRET_IN_MESSAGE}`,
    evidence: [
      { path: 'userData', value: SENSITIVE_VALUE, kind: 'explicit', source: iac('infra/dir with space/ec2.tf', 20, 20), sensitive: true },
      { path: 'instanceType', value: 't3.micro', kind: 'explicit', source: iac('infra/dir with space/ec2.tf', 21, 21) },
    ],
  }),
  f({
    ruleId: 'aws-s3-bucket-encryption',
    status: 'unknown',
    severity: 'high',
    fingerprint: 'fp-unknown',
    risk: { score: 25, factors: [{ factor: 'severity', points: 50, detail: 'high severity' }, { factor: 'unknown-status', points: -25, detail: 'the check could not decide' }] },
    message: 'bucket encryption depends on var.kms_key, which has no value',
  }),
  f({
    ruleId: 'aws-s3-bucket-logging',
    status: 'fail',
    severity: 'low',
    fingerprint: 'fp-muted',
    muted: { reason: 'logs bucket cannot log to itself', by: 'inline' },
  }),
  f({
    ruleId: 'aws-s3-bucket-special-chars',
    status: 'fail',
    severity: 'medium',
    fingerprint: 'fp-special',
    risk: risk(30, 67),
    resource: { id: 'aws_s3_bucket.odd["a,b"]', type: 'aws.s3.bucket', name: 'odd "name"', provider: 'aws', address: 'aws_s3_bucket.odd["a,b"]' },
    location: { file: 'infra/odd&<>.tf', startLine: 1, endLine: 2 },
    message: SPECIAL,
  }),
  f({
    ruleId: 'aws-iam-root-mfa',
    status: 'fail',
    severity: 'info',
    fingerprint: 'fp-info',
    resource: { id: 'arn:aws:iam::111122223333:root', type: 'aws.iam.root', name: 'root', provider: 'aws', account: '111122223333' },
    location: undefined,
    source: { kind: 'api', call: 'iam:GetAccountSummary', account: '111122223333' },
    message: 'Root account has no MFA',
  }),
];

/** The fixture report: IaC scan with one parse error. */
export function fixtureReport(): ScanReport {
  const findings = FIXTURE_FINDINGS.map((x) => (x.location === undefined ? (({ location: _l, ...rest }) => rest)(x) : x)) as Finding[];
  return buildReport({
    version: '0.1.0',
    id: 'scan-0001',
    startedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: '2026-01-01T10:00:03.000Z',
    sources: ['infra/'],
    kind: 'iac',
    findings,
    errors: [{ file: 'infra/broken.tf', line: 4, column: 7, message: 'Unexpected "}" & <eof>; password=hunter2hunter2' }],
    extra: { resources: 4, rulesRun: 7, filesScanned: ['infra/main.tf', 'infra/dir with space/ec2.tf', 'infra/odd&<>.tf'], filesFailed: ['infra/broken.tf'] },
  });
}
