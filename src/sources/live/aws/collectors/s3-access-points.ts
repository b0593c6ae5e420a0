/**
 * Amazon S3 access points of a region (`aws.s3.access-point`): the bucket each serves, its network origin,
 * its own Block Public Access switches and its policy. S3 Control lists access points per region; a missing
 * policy (`NoSuchAccessPointPolicy`) is a real "none", any other failure leaves the policy unknown.
 */
import { GetAccessPointCommand, GetAccessPointPolicyCommand, ListAccessPointsCommand, type AccessPoint } from '@aws-sdk/client-s3-control';
import type { S3AccessPoint } from '../../../../model/aws/s3.js';
import { apiUnknown, apiValue, defineCollector, liveOrigin, noTags } from '../collector.js';
import { DETAIL_CONCURRENCY, mapLimit, policyFromCall } from './data/values.js';
import { pabSettings } from './s3/bucket.js';
import { s3Control } from './s3/clients.js';

const LIST = 's3control:ListAccessPoints';
const GET = 's3control:GetAccessPoint';
const POLICY = 's3control:GetAccessPointPolicy';

export default defineCollector({
  id: 's3-access-points',
  scope: 'regional',
  apiCalls: [LIST, GET, POLICY],
  permissions: ['s3:ListAccessPoints', 's3:GetAccessPoint', 's3:GetAccessPointPolicy'],
  emits: ['aws.s3.access-point'],
  async collect(ctx) {
    const control = s3Control(ctx);
    const AccountId = ctx.account;
    const list = await ctx.paginate<AccessPoint>(LIST, async (NextToken) => {
      const out = await control.send(new ListAccessPointsCommand({ AccountId, NextToken, MaxResults: 1000 }));
      return { items: out.AccessPointList ?? [], next: out.NextToken };
    });
    if (!list.ok) return;
    const listSrc = ctx.prov(LIST);
    await mapLimit(list.value, DETAIL_CONCURRENCY, async (ap) => {
      const Name = ap.Name ?? '';
      const uid = ap.AccessPointArn ?? `arn:aws:s3:${ctx.region}:${ctx.account}:accesspoint/${Name}`;
      const [got, pol] = await Promise.all([
        ctx.call(GET, () => control.send(new GetAccessPointCommand({ AccountId, Name })), { resourceId: uid }),
        ctx.call(POLICY, () => control.send(new GetAccessPointPolicyCommand({ AccountId, Name })), { resourceId: uid, expected: ['NoSuchAccessPointPolicy'] }),
      ]);
      const getSrc = ctx.prov(GET);
      const resource: S3AccessPoint = {
        uid,
        type: 'aws.s3.access-point',
        provider: 'aws',
        account: ctx.account,
        region: ctx.region,
        name: Name,
        tags: noTags(listSrc),
        properties: {
          accessPointName: apiValue(Name, listSrc),
          bucketName: apiValue(ap.Bucket ?? '', listSrc),
          networkOrigin: apiValue(ap.NetworkOrigin ?? (ap.VpcConfiguration?.VpcId ? 'VPC' : 'Internet'), listSrc),
          publicAccessBlock: got.ok
            ? pabSettings({ ok: true, value: got.value.PublicAccessBlockConfiguration }, getSrc)
            : { blockPublicAcls: apiUnknown(got, getSrc), ignorePublicAcls: apiUnknown(got, getSrc), blockPublicPolicy: apiUnknown(got, getSrc), restrictPublicBuckets: apiUnknown(got, getSrc) },
          policy: policyFromCall(pol, ctx.prov(POLICY), (v) => v?.Policy),
        },
        origin: liveOrigin(LIST),
        source: listSrc,
      };
      ctx.emit(resource);
    });
  },
});
