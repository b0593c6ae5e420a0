import { defineDetection } from '../../kit/detection.js';
import { asList, asString, dig, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const OBJECTS = 100;

export default defineDetection({
  id: 'aws-cloudtrail-s3-mass-delete',
  kind: 'threshold',
  services: ['s3'],
  title: 'Mass deletion of S3 objects by one principal',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: `${OBJECTS} or more objects deleted by one principal within ${WINDOW_MINUTES} minutes (DeleteObject, and DeleteObjects counting each key it lists): data destruction, or the clean-up after copying data out. Needs S3 data events in the trail.`,
  falsePositives: 'Clean-up jobs and applications that rotate many small files. Their principals are usually roles with a steady daily pattern; add them to suppressions.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html'],
  filter: (e) => principalCall(e, 's3', 'DeleteObject', 'DeleteObjects'),
  groupBy: (e) => e.actor.id,
  distinct(e) {
    const bucket = asString(req(e, 'bucketName')) ?? '?';
    if (e.action === 'DeleteObject') return `${bucket}/${asString(req(e, 'key')) ?? e.id}`;
    // DeleteObjects lists its keys when the body is logged; otherwise the call counts as one deletion.
    const keys = asList(req(e, 'delete', 'Object')).map((o) => asString(dig(o, ['Key']))).filter((k): k is string => k !== undefined);
    return keys.length > 0 ? keys.map((k) => `${bucket}/${k}`) : `${bucket}/#${e.id}`;
  },
  threshold: OBJECTS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} deleted ${n} S3 objects within ${WINDOW_MINUTES} minutes`,
});
