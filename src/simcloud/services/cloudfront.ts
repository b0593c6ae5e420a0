/**
 * Amazon CloudFront (restXml 2020-05-31, a global service): the distribution reads a posture scan makes.
 * Distributions live in the account's global section `services.cloudfront.Distributions`, each with its
 * `DistributionConfig` written the way the SDK types read it (collections as `{ Items: [...] }`); fields a
 * new distribution gets by default are filled in. See docs/simcloud/edge-dns.md.
 */
import { globalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { isoTime, pageOf, stableId } from './edge/common.js';
import { xmlList } from '../protocols/xml.js';
import { toWire } from './cloudfront/wire.js';

export interface CloudFrontDistributionState {
  /** `E` + 13 characters; derived from the CallerReference or position when absent. */
  Id?: string;
  DomainName?: string;
  Status?: string;
  LastModifiedTime?: string;
  Tags?: { Key: string; Value?: string }[];
  DistributionConfig: Record<string, unknown>;
}

export interface CloudFrontSection {
  Distributions: CloudFrontDistributionState[];
}

const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/';

function section(ctx: CallContext): CloudFrontSection {
  const s = globalSection<CloudFrontSection>(ctx.account, 'cloudfront', () => ({ Distributions: [] }));
  s.Distributions ??= [];
  return s;
}

function idOf(d: CloudFrontDistributionState, index: number, account: string): string {
  return d.Id ?? `E${stableId(13, account, String(d.DistributionConfig.CallerReference ?? index)).toUpperCase()}`;
}

/** The configuration as GetDistributionConfig returns it: what a new distribution has unless the world says otherwise. */
function fullConfig(d: CloudFrontDistributionState, id: string): Record<string, unknown> {
  const c = d.DistributionConfig;
  const origins = (c.Origins as { Items?: Record<string, unknown>[] } | undefined)?.Items ?? [];
  return {
    CallerReference: c.CallerReference ?? id,
    Aliases: c.Aliases ?? { Items: [] },
    DefaultRootObject: c.DefaultRootObject ?? '',
    Origins: { Items: origins.map((o) => ({ CustomHeaders: { Items: [] }, ConnectionAttempts: 3, ConnectionTimeout: 10, OriginAccessControlId: '', OriginPath: '', ...o })) },
    OriginGroups: c.OriginGroups ?? { Items: [] },
    DefaultCacheBehavior: c.DefaultCacheBehavior ?? { TargetOriginId: String(origins[0]?.Id ?? ''), ViewerProtocolPolicy: 'allow-all' },
    CacheBehaviors: c.CacheBehaviors ?? { Items: [] },
    CustomErrorResponses: c.CustomErrorResponses ?? { Items: [] },
    Comment: c.Comment ?? '',
    // AWS answers a disabled log configuration with empty bucket and prefix rather than omitting it.
    Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '', ...(c.Logging as object | undefined) },
    PriceClass: c.PriceClass ?? 'PriceClass_All',
    Enabled: c.Enabled ?? true,
    ViewerCertificate: c.ViewerCertificate ?? { CloudFrontDefaultCertificate: true, SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
    Restrictions: c.Restrictions ?? { GeoRestriction: { RestrictionType: 'none', Items: [] } },
    WebACLId: c.WebACLId ?? '',
    HttpVersion: c.HttpVersion ?? 'http2',
    IsIPV6Enabled: c.IsIPV6Enabled ?? true,
    Staging: c.Staging ?? false,
  };
}

function all(ctx: CallContext): { d: CloudFrontDistributionState; id: string; arn: string }[] {
  return section(ctx).Distributions.map((d, i) => {
    const id = idOf(d, i, ctx.account.id);
    return { d, id, arn: `arn:aws:cloudfront::${ctx.account.id}:distribution/${id}` };
  });
}

function find(ctx: CallContext, id: string | undefined): { d: CloudFrontDistributionState; id: string; arn: string } {
  const hit = all(ctx).find((x) => x.id === id);
  if (!hit) throw new SimError('NoSuchDistribution', 'The specified distribution does not exist.', 404);
  return hit;
}

function summary(x: { d: CloudFrontDistributionState; id: string; arn: string }): Record<string, unknown> {
  const c = fullConfig(x.d, x.id);
  return {
    Id: x.id,
    ARN: x.arn,
    Status: x.d.Status ?? 'Deployed',
    LastModifiedTime: isoTime(x.d.LastModifiedTime ?? '2026-01-01T00:00:00Z'),
    DomainName: x.d.DomainName ?? `d${stableId(13, x.id)}.cloudfront.net`,
    Aliases: c.Aliases,
    Origins: c.Origins,
    OriginGroups: c.OriginGroups,
    DefaultCacheBehavior: c.DefaultCacheBehavior,
    CacheBehaviors: c.CacheBehaviors,
    CustomErrorResponses: c.CustomErrorResponses,
    Comment: c.Comment,
    PriceClass: c.PriceClass,
    Enabled: c.Enabled,
    ViewerCertificate: c.ViewerCertificate,
    Restrictions: c.Restrictions,
    WebACLId: c.WebACLId,
    HttpVersion: c.HttpVersion,
    IsIPV6Enabled: c.IsIPV6Enabled,
    Staging: c.Staging,
  };
}

/** ETags change with the configuration, as CloudFront's do (they guard updates). */
const etag = (config: Record<string, unknown>): string => `E${stableId(13, JSON.stringify(config)).toUpperCase()}`;

export default defineService({
  signingName: 'cloudfront',
  protocol: 'restXml',
  xmlNamespace: NS,
  global: true,
  routes: [
    { method: 'GET', path: '/2020-05-31/distribution', operation: 'ListDistributions' },
    { method: 'GET', path: '/2020-05-31/distribution/{Id}/config', operation: 'GetDistributionConfig' },
    { method: 'GET', path: '/2020-05-31/tagging', operation: 'ListTagsForResource' },
  ],
  operations: {
    ListDistributions(_input, ctx) {
      const q = ctx.http.query;
      const items = all(ctx);
      const { page, next } = pageOf(items, q.Marker, q.MaxItems, { max: 1000, def: 100, badToken: 'InvalidArgument' });
      return {
        $root: 'DistributionList',
        Marker: q.Marker ?? '',
        NextMarker: next,
        MaxItems: Number(q.MaxItems ?? 100),
        IsTruncated: next !== undefined,
        Quantity: page.length,
        Items: xmlList(page.map((x) => toWire(summary(x))), 'DistributionSummary'),
      };
    },
    GetDistributionConfig(input, ctx) {
      const x = find(ctx, input.Id === undefined ? undefined : String(input.Id));
      const config = fullConfig(x.d, x.id);
      return { $root: 'DistributionConfig', $headers: { ETag: etag(config) }, ...(toWire(config) as object) };
    },
    ListTagsForResource(_input, ctx) {
      const arn = ctx.http.query.Resource;
      const x = all(ctx).find((d) => d.arn === arn);
      if (!x) throw new SimError(arn?.startsWith('arn:aws:cloudfront::') ? 'NoSuchResource' : 'InvalidArgument', `The specified resource ${arn ?? '(none)'} does not exist.`, arn?.startsWith('arn:aws:cloudfront::') ? 404 : 400);
      return { $root: 'Tags', ...(toWire({ Items: x.d.Tags ?? [] }, 'Tags') as object) };
    },
  },
});
