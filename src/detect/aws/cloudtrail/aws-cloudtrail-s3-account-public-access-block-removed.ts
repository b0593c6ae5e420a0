import type { AuditEvent } from '../../../model/audit/event.js';
import { defineDetection } from '../../kit/detection.js';
import { asBool, byAwsService, req, succeeded, who } from '../../kit/aws-b-params.js';

function accountOperation(e: AuditEvent): 'put' | 'delete' | undefined {
  if (e.service === 's3') return e.action === 'DeleteAccountPublicAccessBlock' ? 'delete' : e.action === 'PutAccountPublicAccessBlock' ? 'put' : undefined;
  if (e.service !== 's3-control' || req(e, 'bucketName') !== undefined) return undefined;
  return e.action === 'DeletePublicAccessBlock' ? 'delete' : e.action === 'PutPublicAccessBlock' ? 'put' : undefined;
}

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export default defineDetection({
  id: 'aws-cloudtrail-s3-account-public-access-block-removed',
  kind: 'event',
  services: ['s3', 's3-control'],
  title: 'The account-wide S3 Block Public Access was removed or weakened',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562', techniqueName: 'Impair Defenses' },
  description: 'The account-level Block Public Access was deleted or had a setting turned off: every bucket in the account can now be made public by its own policy or ACL.',
  falsePositives: 'Accounts that host public content and manage exposure per bucket. Such accounts should be few and known.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
  match(e) {
    // Account-level calls go to S3 Control; CloudTrail logs them under s3 as *AccountPublicAccessBlock,
    // or under s3-control without a bucket name.
    const op = accountOperation(e);
    if (!op || !succeeded(e) || byAwsService(e)) return undefined;
    if (op === 'delete') return `${who(e)} removed the account-wide Block Public Access of ${e.account ?? 'the account'}`;
    const off = SETTINGS.filter((s) => asBool(req(e, 'PublicAccessBlockConfiguration', s)) === false);
    if (off.length === 0) return undefined;
    return `${who(e)} turned off ${off.join(', ')} account-wide in ${e.account ?? 'the account'}`;
  },
});
