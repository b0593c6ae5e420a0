/**
 * Amazon SNS (awsQuery, API 2010-03-31): topics and their attributes, read-only. ListTopics returns up to
 * 100 topics per page with `NextToken`, as SNS does (the page size is not a request parameter).
 */
import { xmlList } from '../protocols/xml.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { page, required, sectionOf, str } from './data/common.js';

/** One topic: its ARN and the attribute map GetTopicAttributes returns (`Policy`, `KmsMasterKeyId`, ...). */
export interface SnsTopicState {
  TopicArn: string;
  Attributes: Record<string, string>;
}

/** `account.regions[<region>].sns`. */
export interface SnsSection {
  Topics: SnsTopicState[];
}

export function emptySns(): SnsSection {
  return { Topics: [] };
}

/** SNS's page size for ListTopics. */
export const SNS_PAGE_SIZE = 100;

function section(ctx: CallContext): SnsSection {
  return sectionOf(ctx, 'sns', emptySns);
}

/** The attributes SNS computes for every topic, under what the world stores. */
function attributes(ctx: CallContext, t: SnsTopicState): Record<string, string> {
  return { TopicArn: t.TopicArn, Owner: ctx.account.id, DisplayName: '', SubscriptionsConfirmed: '0', SubscriptionsPending: '0', SubscriptionsDeleted: '0', ...t.Attributes };
}

export default defineService({
  signingName: 'sns',
  protocol: 'awsQuery',
  apiVersion: '2010-03-31',
  xmlNamespace: 'http://sns.amazonaws.com/doc/2010-03-31/',
  operations: {
    ListTopics(input, ctx) {
      const p = page(section(ctx).Topics, str(input, 'NextToken'), SNS_PAGE_SIZE, 'InvalidParameter');
      return { Topics: p.items.map((t) => ({ TopicArn: t.TopicArn })), NextToken: p.next };
    },
    GetTopicAttributes(input, ctx) {
      const arn = required(input, 'TopicArn', 'InvalidParameter');
      const t = section(ctx).Topics.find((x) => x.TopicArn === arn);
      if (!t) throw new SimError('NotFound', 'Topic does not exist', 404);
      // Query maps are `<entry><key>…</key><value>…</value></entry>` under the map's element.
      return { Attributes: xmlList(Object.entries(attributes(ctx, t)).map(([key, value]) => ({ key, value })), 'entry') };
    },
  },
});
