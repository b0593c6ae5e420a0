/**
 * Amazon S3 Control (restXml, signing name `s3`): the account-level S3 Block Public Access, read and written
 * at `/v20180820/configuration/publicAccessBlock` with the account in `x-amz-account-id`. The SDK also puts the
 * account id in the host (`{AccountId}.s3-control.{region}.amazonaws.com`, and with a custom endpoint
 * `{AccountId}.{endpoint host}`): for an IP endpoint that is not a valid URL, so the live collector leaves the
 * label out for IP/localhost endpoints (`allowLocalControlEndpoint` in sources/live/aws/collectors/s3/clients.ts);
 * the header alone identifies the account. See docs/simcloud/s3.md.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { authorize } from './s3/access.js';
import { s3Section } from './s3/world.js';
import { readPublicAccessBlock, S3_CONTROL_NS, toWire } from './s3/xml.js';

/** The account the request names must be the caller's own: S3 Control never reaches into other accounts. */
function checkAccount(ctx: CallContext): void {
  const id = ctx.http.headers['x-amz-account-id'];
  if (id === undefined || id === '') throw new SimError('InvalidRequest', 'Missing required header for this request: x-amz-account-id', 400);
  if (id !== ctx.account.id) throw new SimError('AccessDenied', 'Access Denied', 403);
}

const PATH = '/v20180820/configuration/publicAccessBlock';

export default defineService({
  signingName: 's3',
  protocol: 'restXml',
  xmlNamespace: S3_CONTROL_NS,
  global: true,
  routes: [
    { method: 'GET', path: PATH, operation: 'GetPublicAccessBlock' },
    { method: 'PUT', path: PATH, operation: 'PutPublicAccessBlock' },
    { method: 'DELETE', path: PATH, operation: 'DeletePublicAccessBlock' },
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
  },
});
