import type { AuditEvent } from '../../../model/audit/event.js';
import type { ReadOptions } from '../read-common.js';
import { readCloudTrailBatches } from './read.js';
import { readCloudTrailS3, trailBucketClient } from './s3.js';

/**
 * Every CloudTrail input the `detect` command takes, in order: local files and folders, `-` for stdin, and
 * `s3://bucket/prefix` read through the SDK. Local inputs come in batches (one per chunk), S3 objects event
 * by event; the detection engine takes both.
 */
export async function* readCloudTrailInputs(inputs: readonly string[], opts: ReadOptions & { readonly assumeRole?: string }): AsyncGenerator<AuditEvent | AuditEvent[]> {
  let client: ReturnType<typeof trailBucketClient> | undefined;
  for (const input of inputs) {
    if (input.startsWith('s3://')) yield* readCloudTrailS3(input, { ...opts, client: (client ??= trailBucketClient(opts.assumeRole)) });
    else yield* readCloudTrailBatches([input], opts);
  }
}
