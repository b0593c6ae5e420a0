import { GetObjectCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { isLocalHost } from '../../live/aws/collectors/s3/clients.js';
import type { Readable } from 'node:stream';
import type { AuditEvent } from '../../../model/audit/event.js';
import { readStream, type ReadOptions } from './read.js';

/** `s3://bucket/prefix` → bucket and prefix (the prefix may be empty). */
export function parseS3Url(url: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  return m ? { bucket: m[1]!, prefix: m[2] ?? '' } : undefined;
}

const LOG_KEY = /\.(json|json\.gz|jsonl|jsonl\.gz)$/;

/**
 * CloudTrail's delivery files straight from the trail's bucket through the SDK: every log object under the
 * prefix, in key order (CloudTrail's keys sort by account, region and time), each streamed through the same
 * reader as local files. A listing or download error is reported with the object's s3:// address and the
 * rest go on. Credentials and region come from the SDK's default chain (and AWS_ENDPOINT_URL).
 */
export async function* readCloudTrailS3(url: string, opts: ReadOptions & { client?: S3Client }): AsyncGenerator<AuditEvent> {
  const where = parseS3Url(url);
  if (!where) {
    opts.onError({ file: url, message: 'not an s3://bucket/prefix address' });
    return;
  }
  const client = opts.client ?? trailBucketClient();
  const keys: string[] = [];
  try {
    for await (const page of paginateListObjectsV2({ client }, { Bucket: where.bucket, Prefix: where.prefix })) {
      for (const o of page.Contents ?? []) if (o.Key && LOG_KEY.test(o.Key)) keys.push(o.Key);
    }
  } catch (e) {
    opts.onError({ file: url, message: `s3:ListObjectsV2 failed: ${(e as Error).name}: ${(e as Error).message}` });
    return;
  }
  for (const key of keys) {
    const file = `s3://${where.bucket}/${key}`;
    let body: Readable;
    try {
      const res = await client.send(new GetObjectCommand({ Bucket: where.bucket, Key: key }));
      body = res.Body as Readable;
    } catch (e) {
      opts.onError({ file, message: `s3:GetObject failed: ${(e as Error).name}: ${(e as Error).message}` });
      continue;
    }
    yield* readStream(body, file, opts);
  }
}

/**
 * The client for a trail bucket: the default credential chain, or a role assumed with it (`--assume-role`:
 * trails usually deliver to a log-archive account). Path-style addressing for endpoints that cannot take a
 * bucket label (IPs, localhost).
 */
export function trailBucketClient(roleArn?: string): S3Client {
  const endpoint = process.env['AWS_ENDPOINT_URL_S3'] ?? process.env['AWS_ENDPOINT_URL'];
  const local = endpoint !== undefined && isLocalHost(new URL(endpoint).hostname);
  return new S3Client({
    region: process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
    followRegionRedirects: true,
    ...(local ? { forcePathStyle: true } : {}),
    ...(roleArn ? { credentials: fromTemporaryCredentials({ params: { RoleArn: roleArn, RoleSessionName: 'cloudwarden-detect' } }) } : {}),
  });
}
