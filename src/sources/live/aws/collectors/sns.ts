/** Amazon SNS topics: KMS encryption (`KmsMasterKeyId`) and the topic's access policy. */
import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient, type Topic } from '@aws-sdk/client-sns';
import type { SnsTopicProperties } from '../../../../model/aws/data.js';
import { apiUnknown, defineCollector, liveOrigin } from '../collector.js';
import { DETAIL_CONCURRENCY, fromCall, mapLimit, policyFromCall } from './data/values.js';

const LIST = 'sns:ListTopics';
const ATTRS = 'sns:GetTopicAttributes';

export default defineCollector({
  id: 'sns',
  scope: 'regional',
  apiCalls: [LIST, ATTRS],
  permissions: [LIST, ATTRS],
  emits: ['aws.sns.topic'],
  async collect(ctx) {
    const sns = ctx.client(SNSClient);
    const topics = await ctx.paginate<Topic>(LIST, async (NextToken) => {
      const out = await sns.send(new ListTopicsCommand({ NextToken }));
      return { items: out.Topics ?? [], next: out.NextToken };
    });
    if (!topics.ok) return;
    const listSrc = ctx.prov(LIST);
    await mapLimit(topics.value, DETAIL_CONCURRENCY, async (t) => {
      const arn = t.TopicArn ?? '';
      const a = await ctx.call(ATTRS, () => sns.send(new GetTopicAttributesCommand({ TopicArn: arn })), { resourceId: arn });
      const src = ctx.prov(ATTRS);
      const properties: SnsTopicProperties = {
        kmsKeyId: fromCall(a, src, (v) => v.Attributes?.KmsMasterKeyId || null),
        policy: policyFromCall(a, src, (v) => v.Attributes?.Policy),
      };
      const tags = apiUnknown<Record<string, string>>({ reason: 'NotCollected', message: 'topic tags are not collected (sns:ListTagsForResource)' }, listSrc);
      ctx.emit({ uid: arn, type: 'aws.sns.topic', provider: 'aws', account: ctx.account, region: ctx.region, name: arn.split(':').pop() ?? arn, tags, properties, origin: liveOrigin(LIST), source: listSrc });
    });
  },
});
