/**
 * Amazon SQS (awsJson1_0, target prefix `AmazonSQS`: what `@aws-sdk/client-sqs` speaks since it left the
 * query protocol): queues and their attributes, read-only. ListQueues pages only when `MaxResults` (1-1000) is
 * given, as SQS does; without it, up to 1000 URLs and no token.
 *
 * Queue URLs are built from the request's Host, as SQS-compatible emulators do: the SDK's queue-URL
 * middleware sends later calls to the URL's origin, which must be simcloud's endpoint, not AWS.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, list, page, required, sectionOf, str } from './data/common.js';

/** One queue: its name and the attribute map GetQueueAttributes returns (`Policy`, `KmsMasterKeyId`, `SqsManagedSseEnabled`, ...). */
export interface SqsQueueState {
  QueueName: string;
  Attributes: Record<string, string>;
}

/** `account.regions[<region>].sqs`. */
export interface SqsSection {
  Queues: SqsQueueState[];
}

export function emptySqs(): SqsSection {
  return { Queues: [] };
}

function section(ctx: CallContext): SqsSection {
  return sectionOf(ctx, 'sqs', emptySqs);
}

function queueUrl(ctx: CallContext, name: string): string {
  const host = ctx.http.headers['host'];
  const base = host ? `http://${host}` : `https://sqs.${ctx.region}.amazonaws.com`;
  return `${base}/${ctx.account.id}/${name}`;
}

function queue(ctx: CallContext, url: string): SqsQueueState {
  const parts = url.replace(/\/+$/, '').split('/');
  const name = parts[parts.length - 1];
  const account = parts[parts.length - 2];
  const q = account === ctx.account.id ? section(ctx).Queues.find((x) => x.QueueName === name) : undefined;
  if (!q) throw new SimError('QueueDoesNotExist', 'The specified queue does not exist.');
  return q;
}

/** The attributes SQS computes for every queue, under what the world stores. */
function attributes(ctx: CallContext, q: SqsQueueState): Record<string, string> {
  return {
    QueueArn: `arn:aws:sqs:${ctx.region}:${ctx.account.id}:${q.QueueName}`,
    VisibilityTimeout: '30',
    MaximumMessageSize: '262144',
    MessageRetentionPeriod: '345600',
    DelaySeconds: '0',
    ReceiveMessageWaitTimeSeconds: '0',
    ...q.Attributes,
  };
}

export default defineService({
  signingName: 'sqs',
  protocol: 'awsJson1_0',
  targetPrefix: 'AmazonSQS',
  operations: {
    ListQueues(input, ctx) {
      const prefix = str(input, 'QueueNamePrefix') ?? '';
      const names = section(ctx).Queues.map((q) => q.QueueName).filter((n) => n.startsWith(prefix));
      const max = int(input, 'MaxResults', { min: 1, max: 1000 }, 'InvalidParameterValue');
      const p = max === undefined ? { items: names.slice(0, 1000), next: undefined } : page(names, str(input, 'NextToken'), max, 'InvalidParameterValue');
      return { QueueUrls: p.items.map((n) => queueUrl(ctx, n)), NextToken: p.next };
    },
    GetQueueAttributes(input, ctx) {
      const q = queue(ctx, required(input, 'QueueUrl', 'MissingParameter'));
      const wanted = list(input, 'AttributeNames').map(String);
      const all = attributes(ctx, q);
      const pick = wanted.length === 0 ? [] : wanted.includes('All') ? Object.keys(all) : wanted.filter((n) => n in all);
      return { Attributes: Object.fromEntries(pick.map((k) => [k, all[k]!])) };
    },
  },
});
