/**
 * STS GetCallerIdentity: who the scan ran as in each account. It needs no permission (AWS always allows it),
 * which makes it the cheapest proof that the credentials (or the assumed role) work for the account.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { CallerIdentityProperties } from '../../../../model/aws/organizations.js';
import { apiUnknown, apiValue, defineCollector, liveOrigin } from '../collector.js';

const CALL = 'sts:GetCallerIdentity';

export default defineCollector({
  id: 'sts',
  scope: 'global',
  apiCalls: [CALL],
  // GetCallerIdentity is allowed for every principal; listing it keeps the printed policy self-explanatory.
  permissions: [CALL],
  emits: ['aws.sts.caller-identity'],
  async collect(ctx) {
    const sts = ctx.client(STSClient);
    const r = await ctx.call(CALL, () => sts.send(new GetCallerIdentityCommand({})));
    if (!r.ok) return;
    const src = ctx.prov(CALL);
    const arn = r.value.Arn ?? `arn:aws:sts::${ctx.account}:unknown`;
    const properties: CallerIdentityProperties = {
      accountId: apiValue(r.value.Account ?? ctx.account, src),
      arn: apiValue(arn, src),
      userId: apiValue(r.value.UserId ?? '', src),
    };
    ctx.emit({
      uid: arn,
      type: 'aws.sts.caller-identity',
      provider: 'aws',
      account: ctx.account,
      name: arn.split('/').slice(1).join('/') || arn,
      tags: apiUnknown({ reason: 'NotApplicable', message: 'a caller identity has no tags' }, src),
      properties,
      origin: liveOrigin(CALL),
      source: src,
    });
  },
});
