/**
 * Amazon S3 Control (restXml, signing name `s3`): the account-level S3 Block Public Access, read and written
 * at `/v20180820/configuration/publicAccessBlock`, and the account's access points (ListAccessPoints,
 * GetAccessPoint, GetAccessPointPolicy, GetAccessPointPolicyStatus), with the account in `x-amz-account-id`.
 * Access points are regional: a listing answers those of the request's region. The SDK also puts the
 * account id in the host (`{AccountId}.s3-control.{region}.amazonaws.com`, and with a custom endpoint
 * `{AccountId}.{endpoint host}`): for an IP endpoint that is not a valid URL, so the live collector leaves the
 * label out for IP/localhost endpoints (`allowLocalControlEndpoint` in sources/live/aws/collectors/s3/clients.ts);
 * the header alone identifies the account. See docs/simcloud/s3.md.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { paginate } from '../pagination.js';
import { authorize } from './s3/access.js';
import { isPublicPolicy } from './s3/policy-status.js';
import { s3Section, type S3AccessPointState } from './s3/world.js';
import { readPublicAccessBlock, S3_CONTROL_NS, toWire } from './s3/xml.js';

/** The account the request names must be the caller's own: S3 Control never reaches into other accounts. */
function checkAccount(ctx: CallContext): void {
  const id = ctx.http.headers['x-amz-account-id'];
  if (id === undefined || id === '') throw new SimError('InvalidRequest', 'Missing required header for this request: x-amz-account-id', 400);
  if (id !== ctx.account.id) throw new SimError('AccessDenied', 'Access Denied', 403);
}

const PATH = '/v20180820/configuration/publicAccessBlock';
const AP = '/v20180820/accesspoint';

/** The access point named in the path, in the request's region (another region's is not found, as in S3). */
function accessPoint(ctx: CallContext): S3AccessPointState {
  authorize(ctx);
  checkAccount(ctx);
  const name = ctx.http.path['Name'] ?? '';
  const ap = s3Section(ctx.account).AccessPoints.find((a) => a.Name === name && a.Region === ctx.region);
  if (!ap) throw new SimError('NoSuchAccessPoint', 'The specified accesspoint does not exist', 404);
  return ap;
}

const arnOf = (ctx: CallContext, ap: S3AccessPointState) => `arn:aws:s3:${ap.Region}:${ctx.account.id}:accesspoint/${ap.Name}`;

export default defineService({
  signingName: 's3',
  protocol: 'restXml',
  xmlNamespace: S3_CONTROL_NS,
  global: true,
  routes: [
    { method: 'GET', path: PATH, operation: 'GetPublicAccessBlock' },
    { method: 'PUT', path: PATH, operation: 'PutPublicAccessBlock' },
    { method: 'DELETE', path: PATH, operation: 'DeletePublicAccessBlock' },
    { method: 'GET', path: AP, operation: 'ListAccessPoints' },
    { method: 'GET', path: `${AP}/{Name}`, operation: 'GetAccessPoint' },
    { method: 'GET', path: `${AP}/{Name}/policy`, operation: 'GetAccessPointPolicy' },
    { method: 'GET', path: `${AP}/{Name}/policyStatus`, operation: 'GetAccessPointPolicyStatus' },
  ],
  operations: {
    GetPublicAccessBlock(_input, ctx) {
      authorize(ctx, 'GetAccountPublicAccessBlock');
      checkAccount(ctx);
      const pab = s3Section(ctx.account).AccountPublicAccessBlock;
      if (pab === null) throw new SimError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
      return { $root: 'PublicAccessBlockConfiguration', ...toWire({ ...pab }) };
    },
    PutPublicAccessBlock(_input, ctx) {
      authorize(ctx, 'PutAccountPublicAccessBlock');
      checkAccount(ctx);
      s3Section(ctx.account).AccountPublicAccessBlock = readPublicAccessBlock(ctx.http.body);
      return {};
    },
    DeletePublicAccessBlock(_input, ctx) {
      authorize(ctx, 'DeleteAccountPublicAccessBlock');
      checkAccount(ctx);
      s3Section(ctx.account).AccountPublicAccessBlock = null;
      return {};
    },
    // Pages of at most 1,000 (`maxResults`, `nextToken`), optionally of one bucket's access points.
    ListAccessPoints(_input, ctx) {
      authorize(ctx);
      checkAccount(ctx);
      const q = ctx.http.query;
      const items = s3Section(ctx.account).AccessPoints.filter((a) => a.Region === ctx.region && (q['bucket'] === undefined || a.Bucket === q['bucket']));
      const page = paginate(items, q['nextToken'], q['maxResults'], 1000, { errorCode: 'InvalidRequest', limit: 1000 });
      return {
        $root: 'ListAccessPointsResult',
        ...toWire({
          AccessPointList: page.items.map((a) => ({ Name: a.Name, NetworkOrigin: a.NetworkOrigin, VpcConfiguration: a.VpcConfiguration, Bucket: a.Bucket, AccessPointArn: arnOf(ctx, a), BucketAccountId: ctx.account.id })),
          NextToken: page.nextToken,
        }),
      };
    },
    GetAccessPoint(_input, ctx) {
      const a = accessPoint(ctx);
      return {
        $root: 'GetAccessPointResult',
        ...toWire({
          Name: a.Name, Bucket: a.Bucket, NetworkOrigin: a.NetworkOrigin, VpcConfiguration: a.VpcConfiguration, PublicAccessBlockConfiguration: { ...a.PublicAccessBlockConfiguration },
          CreationDate: a.CreationDate, Alias: `${a.Name}-demoalias00000000000000000-s3alias`, AccessPointArn: arnOf(ctx, a), BucketAccountId: ctx.account.id,
        }),
      };
    },
    GetAccessPointPolicy(_input, ctx) {
      const a = accessPoint(ctx);
      if (a.Policy === null) throw new SimError('NoSuchAccessPointPolicy', 'The specified accesspoint does not have an accesspoint policy', 404);
      return { $root: 'GetAccessPointPolicyResult', Policy: a.Policy };
    },
    GetAccessPointPolicyStatus(_input, ctx) {
      const a = accessPoint(ctx);
      if (a.Policy === null) throw new SimError('NoSuchAccessPointPolicy', 'The specified accesspoint does not have an accesspoint policy', 404);
      return { $root: 'GetAccessPointPolicyStatusResult', PolicyStatus: { IsPublic: isPublicPolicy(a.Policy) } };
    },
  },
});
