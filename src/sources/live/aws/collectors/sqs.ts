/**
 * Amazon SQS queues: server-side encryption (SSE-KMS key or SSE-SQS) and the queue's access policy.
 * ListQueues pages only when `MaxResults` is given, so the collector always gives it.
 */
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SqsQueueProperties } from '../../../../model/aws/data.js';
import { apiUnknown, defineCollector, liveOrigin } from '../collector.js';
import { DETAIL_CONCURRENCY, fromCall, mapLimit, policyFromCall } from './data/values.js';

const LIST = 'sqs:ListQueues';
const ATTRS = 'sqs:GetQueueAttributes';

export default defineCollector({
  id: 'sqs',
  scope: 'regional',
  apiCalls: [LIST, ATTRS],
  permissions: [LIST, ATTRS],
  emits: ['aws.sqs.queue'],
  async collect(ctx) {
    const sqs = ctx.client(SQSClient);
    const urls = await ctx.paginate<string>(LIST, async (NextToken) => {
      const out = await sqs.send(new ListQueuesCommand({ NextToken, MaxResults: 1000 }));
      return { items: out.QueueUrls ?? [], next: out.NextToken };
    });
    if (!urls.ok) return;
    const listSrc = ctx.prov(LIST);
    await mapLimit(urls.value, DETAIL_CONCURRENCY, async (url) => {
      const name = url.split('/').pop() ?? url;
      const fallbackUid = `arn:aws:sqs:${ctx.region}:${ctx.account}:${name}`;
      const a = await ctx.call(ATTRS, () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })), { resourceId: fallbackUid });
      const src = ctx.prov(ATTRS);
      const properties: SqsQueueProperties = {
        kmsKeyId: fromCall(a, src, (v) => v.Attributes?.KmsMasterKeyId || null),
        sqsManagedSse: fromCall(a, src, (v) => v.Attributes?.SqsManagedSseEnabled === 'true'),
        policy: policyFromCall(a, src, (v) => v.Attributes?.Policy),
      };
      const uid = (a.ok ? a.value.Attributes?.QueueArn : undefined) ?? fallbackUid;
      const tags = apiUnknown<Record<string, string>>({ reason: 'NotCollected', message: 'queue tags are not collected (sqs:ListQueueTags)' }, listSrc);
      ctx.emit({ uid, type: 'aws.sqs.queue', provider: 'aws', account: ctx.account, region: ctx.region, name, tags, properties, origin: liveOrigin(LIST), source: listSrc });
    });
  },
});
