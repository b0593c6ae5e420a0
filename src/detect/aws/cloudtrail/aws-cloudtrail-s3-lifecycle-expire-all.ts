import { defineDetection } from '../../kit/detection.js';
import { asList, asNumber, asString, dig, principalCall, req, who } from '../../kit/aws-b-params.js';

const MAX_DAYS = 3;

/** Whether a lifecycle rule applies to every object: no prefix, tag or size filter. */
function wholeBucket(rule: unknown): boolean {
  const prefix = asString(dig(rule, ['Prefix'])) ?? asString(dig(rule, ['Filter', 'Prefix']));
  const filter = dig(rule, ['Filter']);
  const narrowed = typeof filter === 'object' && filter !== null && Object.entries(filter).some(([k, v]) => k !== 'Prefix' && v !== undefined && v !== '');
  return !prefix && !narrowed;
}

/** The shortest expiration (current or noncurrent versions) the rule sets, in days; 0 for a past date. */
function expiryDays(rule: unknown, now: number): number | undefined {
  const days = [asNumber(dig(rule, ['Expiration', 'Days'])), asNumber(dig(rule, ['NoncurrentVersionExpiration', 'NoncurrentDays']))].filter((d): d is number => d !== undefined);
  const date = asString(dig(rule, ['Expiration', 'Date']));
  if (date && Number.isFinite(Date.parse(date))) days.push(Math.max(0, Math.ceil((Date.parse(date) - now) / 86_400_000)));
  return days.length > 0 ? Math.min(...days) : undefined;
}

export default defineDetection({
  id: 'aws-cloudtrail-s3-lifecycle-expire-all',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketLifecycle', 'PutBucketLifecycleConfiguration'],
  title: 'A lifecycle rule expires every object in a bucket within days',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: `PutBucketLifecycle with an enabled rule that applies to the whole bucket and expires objects (or their old versions) within ${MAX_DAYS} days: S3 itself deletes the data, with no DeleteObject calls to notice. A ransom pattern: copy out, then let lifecycle destroy.`,
  falsePositives: 'Scratch and temporary-upload buckets with short retention on purpose. Those usually scope the rule by prefix.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-expire-general-considerations.html'],
  match(e) {
    if (!principalCall(e, 's3', 'PutBucketLifecycle', 'PutBucketLifecycleConfiguration')) return undefined;
    const rules = asList(req(e, 'LifecycleConfiguration', 'Rule'));
    const hit = rules.find((r) => asString(dig(r, ['Status'])) === 'Enabled' && wholeBucket(r) && (expiryDays(r, e.time) ?? Infinity) <= MAX_DAYS);
    if (!hit) return undefined;
    return `${who(e)} set a lifecycle rule on bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'} that expires every object within ${expiryDays(hit, e.time)} day(s)`;
  },
});
