/**
 * CloudFront (global; one run per account): distributions with what the rules judge, read from
 * GetDistributionConfig (viewer protocol policies, viewer certificate, logging, default root object, origins
 * with their OAC/OAI and origin TLS, web ACL). When that call fails the listing's summary still answers
 * everything but logging and the default root object, which stay unknown with the reason.
 */
import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  ListDistributionsCommand,
  ListTagsForResourceCommand,
  type DistributionConfig,
  type DistributionSummary,
  type Origin,
} from '@aws-sdk/client-cloudfront';
import type { Value } from '../../../../model/core/index.js';
import type { CloudFrontDistributionProperties, CloudFrontOrigin } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CallResult, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live, tagRecord } from './edge/shared.js';

const LIST = 'cloudfront:ListDistributions';
const CONFIG = 'cloudfront:GetDistributionConfig';
const TAGS = 'cloudfront:ListTagsForResource';

/** Empty strings are how CloudFront says "not set" for identifiers and names. */
const orNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

/** One origin flattened for the rules; S3 website endpoints are custom origins, as CloudFront treats them. */
export function flattenOrigin(o: Origin): CloudFrontOrigin {
  const custom = o.CustomOriginConfig;
  return {
    id: o.Id ?? '',
    domainName: o.DomainName ?? '',
    s3: custom === undefined && o.S3OriginConfig !== undefined,
    originAccessControlId: orNull(o.OriginAccessControlId),
    originAccessIdentity: orNull(o.S3OriginConfig?.OriginAccessIdentity),
    originProtocolPolicy: custom ? (custom.OriginProtocolPolicy ?? null) : null,
    originSslProtocols: custom ? (custom.OriginSslProtocols?.Items ?? []) : [],
  };
}

/** The fields the listing and the configuration share. */
type Shared = Pick<DistributionConfig, 'Enabled' | 'DefaultCacheBehavior' | 'CacheBehaviors' | 'ViewerCertificate' | 'Origins' | 'WebACLId'>;

function sharedProps(ctx: CollectorContext, call: string, d: Shared): Omit<CloudFrontDistributionProperties, 'loggingEnabled' | 'defaultRootObject'> {
  const src = ctx.prov(call);
  const cert = d.ViewerCertificate;
  const behaviors = [d.DefaultCacheBehavior?.ViewerProtocolPolicy, ...(d.CacheBehaviors?.Items ?? []).map((b) => b.ViewerProtocolPolicy)];
  return {
    enabled: apiValue(d.Enabled ?? false, src),
    viewerProtocolPolicies: apiValue(behaviors.map((p) => p ?? 'allow-all'), src),
    // No certificate block at all means the *.cloudfront.net one, like an explicit CloudFrontDefaultCertificate.
    defaultCertificate: apiValue(cert === undefined || cert.CloudFrontDefaultCertificate === true || (!cert.ACMCertificateArn && !cert.IAMCertificateId), src),
    minimumProtocolVersion: apiValue(cert?.MinimumProtocolVersion ?? 'TLSv1', src),
    origins: apiValue((d.Origins?.Items ?? []).map(flattenOrigin), src),
    webAclId: apiValue(orNull(d.WebACLId), src),
  };
}

function properties(ctx: CollectorContext, summary: DistributionSummary, config: CallResult<DistributionConfig | undefined>): CloudFrontDistributionProperties {
  if (config.ok && config.value !== undefined) {
    const c = config.value;
    return {
      ...sharedProps(ctx, CONFIG, c),
      loggingEnabled: apiValue(c.Logging?.Enabled === true && !!c.Logging.Bucket, ctx.prov(CONFIG)),
      defaultRootObject: apiValue(orNull(c.DefaultRootObject), ctx.prov(CONFIG)),
    };
  }
  const failure = config.ok ? { reason: 'Empty', message: 'GetDistributionConfig returned no configuration' } : config;
  return { ...sharedProps(ctx, LIST, summary), loggingEnabled: apiUnknown(failure, ctx.prov(CONFIG)), defaultRootObject: apiUnknown(failure, ctx.prov(CONFIG)) };
}

export default defineCollector({
  id: 'cloudfront',
  scope: 'global',
  apiCalls: [LIST, CONFIG, TAGS],
  permissions: [LIST, CONFIG, TAGS],
  emits: ['aws.cloudfront.distribution'],
  async collect(ctx) {
    const cf = ctx.client(CloudFrontClient);
    const listed = await ctx.paginate(LIST, async (marker) => {
      const o = await cf.send(new ListDistributionsCommand({ Marker: marker, MaxItems: 100 }));
      const list = o.DistributionList;
      return { items: list?.Items ?? [], next: list?.IsTruncated ? list.NextMarker : undefined };
    });
    if (!listed.ok) return;
    await forEachLimited(listed.value.filter((d) => d.Id && d.ARN), 8, async (d) => {
      const arn = d.ARN!;
      const config = await ctx.call(CONFIG, async () => (await cf.send(new GetDistributionConfigCommand({ Id: d.Id }))).DistributionConfig, { resourceId: arn });
      const tags = await ctx.call(TAGS, async () => (await cf.send(new ListTagsForResourceCommand({ Resource: arn }))).Tags?.Items, { resourceId: arn });
      const tagValue: Value<Readonly<Record<string, string>>> = fromCall(ctx, TAGS, tags, (t) => tagRecord(t));
      // Distributions are global: no region on the resource, like Shield and IAM.
      ctx.emit(live(ctx, 'aws.cloudfront.distribution', arn, d.Id!, LIST, properties(ctx, d, config), tagValue, null));
    });
  },
});
