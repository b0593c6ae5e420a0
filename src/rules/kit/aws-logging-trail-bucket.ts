/**
 * The S3 bucket a CloudTrail trail delivers to, found in the same scan: by uid (an IaC reference) or by
 * bucket name (live; the bucket may sit in a log-archive account the organization scan also covers).
 */
import { isKnown } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { evidence, unknown } from './outcome.js';
import type { Outcome, RuleContext } from './rule.js';

export type S3Bucket = ModelResource<'aws.s3.bucket'>;

/** The trail's bucket, or the outcome when it cannot be judged (undefined: the trail names no bucket). */
export function trailBucket(trail: ModelResource<'aws.cloudtrail.trail'>, ctx: RuleContext): S3Bucket | Outcome | undefined {
  const name = trail.properties.s3BucketName;
  const ev = evidence('s3BucketName', name);
  if (!isKnown(name)) return unknown(`the trail's bucket could not be determined: ${name.reason ?? 'unresolvable'}`, ev);
  if (name.value === null) return undefined;
  const byUid = ctx.get(name.value);
  if (byUid?.type === 'aws.s3.bucket') return byUid as S3Bucket;
  const byName = ctx.referencing('aws.s3.bucket', 'bucketName', name.value)[0];
  return byName ?? unknown(`the trail's bucket ${name.value} is not in the scan (another account?), so its settings cannot be judged`, ev);
}

export function isOutcome(x: S3Bucket | Outcome): x is Outcome {
  return 'status' in x;
}
