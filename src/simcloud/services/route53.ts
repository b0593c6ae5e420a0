/**
 * Amazon Route 53 (restXml 2013-04-01, a global service): hosted zones, DNS query logging configurations and
 * zone tags. The account's global section `services.route53` holds `HostedZones` (the ListHostedZones shape
 * plus world-only `Tags`) and `QueryLoggingConfigs` (the ListQueryLoggingConfigs shape). See
 * docs/simcloud/edge-dns.md.
 */
import { globalSection } from '../world/state.js';
import { xmlList } from '../protocols/xml.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { pageOf, stableId } from './edge/common.js';

export interface HostedZoneState {
  /** `Z` + 13 characters (with or without the `/hostedzone/` prefix); derived from the name when absent. */
  Id?: string;
  /** The domain, with or without its trailing dot. */
  Name: string;
  CallerReference?: string;
  Config?: { Comment?: string; PrivateZone?: boolean };
  /** Defaults to 2: the SOA and NS records every zone starts with. */
  ResourceRecordSetCount?: number;
  Tags?: { Key: string; Value?: string }[];
}

export interface QueryLoggingConfigState {
  Id?: string;
  /** The zone id, without the `/hostedzone/` prefix. */
  HostedZoneId: string;
  CloudWatchLogsLogGroupArn: string;
}

export interface Route53Section {
  HostedZones: HostedZoneState[];
  QueryLoggingConfigs: QueryLoggingConfigState[];
}

const NS = 'https://route53.amazonaws.com/doc/2013-04-01/';

function section(ctx: CallContext): Route53Section {
  const s = globalSection<Route53Section>(ctx.account, 'route53', () => ({ HostedZones: [], QueryLoggingConfigs: [] }));
  s.HostedZones ??= [];
  s.QueryLoggingConfigs ??= [];
  return s;
}

/** The bare zone id (`Z…`), as query logging configurations and tag calls name zones. */
export function zoneId(z: HostedZoneState, account: string): string {
  return (z.Id ?? `Z${stableId(13, account, z.Name).toUpperCase()}`).replace(/^\/hostedzone\//, '');
}

function zone(z: HostedZoneState, ctx: CallContext): Record<string, unknown> {
  return {
    Id: `/hostedzone/${zoneId(z, ctx.account.id)}`,
    Name: z.Name.endsWith('.') ? z.Name : `${z.Name}.`,
    CallerReference: z.CallerReference ?? `simcloud-${z.Name}`,
    Config: { Comment: z.Config?.Comment, PrivateZone: z.Config?.PrivateZone ?? false },
    ResourceRecordSetCount: z.ResourceRecordSetCount ?? 2,
  };
}

function findZone(ctx: CallContext, id: string): HostedZoneState {
  const bare = id.replace(/^\/hostedzone\//, '');
  const z = section(ctx).HostedZones.find((x) => zoneId(x, ctx.account.id) === bare);
  if (!z) throw new SimError('NoSuchHostedZone', `No hosted zone found with ID: ${bare}`, 404);
  return z;
}

export default defineService({
  signingName: 'route53',
  protocol: 'restXml',
  xmlNamespace: NS,
  global: true,
  routes: [
    { method: 'GET', path: '/2013-04-01/hostedzone', operation: 'ListHostedZones' },
    { method: 'GET', path: '/2013-04-01/queryloggingconfig', operation: 'ListQueryLoggingConfigs' },
    { method: 'GET', path: '/2013-04-01/tags/{ResourceType}/{ResourceId}', operation: 'ListTagsForResource' },
  ],
  operations: {
    ListHostedZones(_input, ctx) {
      const q = ctx.http.query;
      const { page, next } = pageOf(section(ctx).HostedZones, q.marker, q.maxitems, { max: 100, badToken: 'InvalidInput' });
      return {
        $root: 'ListHostedZonesResponse',
        HostedZones: xmlList(page.map((z) => zone(z, ctx)), 'HostedZone'),
        Marker: q.marker ?? '',
        IsTruncated: next !== undefined,
        NextMarker: next,
        MaxItems: q.maxitems ?? '100',
      };
    },
    ListQueryLoggingConfigs(_input, ctx) {
      const q = ctx.http.query;
      const s = section(ctx);
      if (q.hostedzoneid !== undefined) findZone(ctx, q.hostedzoneid);
      const items = s.QueryLoggingConfigs.filter((c) => q.hostedzoneid === undefined || c.HostedZoneId === q.hostedzoneid.replace(/^\/hostedzone\//, ''));
      const { page, next } = pageOf(items, q.nexttoken, q.maxresults, { max: 100, badToken: 'InvalidPaginationToken' });
      return {
        $root: 'ListQueryLoggingConfigsResponse',
        QueryLoggingConfigs: xmlList(page.map((c) => ({ Id: c.Id ?? `${stableId(8, c.HostedZoneId)}-${stableId(4, 'q', c.HostedZoneId)}-${stableId(4, 'l', c.HostedZoneId)}-${stableId(4, 'c', c.HostedZoneId)}-${stableId(12, 'id', c.HostedZoneId)}`, HostedZoneId: c.HostedZoneId, CloudWatchLogsLogGroupArn: c.CloudWatchLogsLogGroupArn })), 'QueryLoggingConfig'),
        NextToken: next,
      };
    },
    ListTagsForResource(input, ctx) {
      const type = String(input.ResourceType ?? '');
      if (type !== 'hostedzone') throw new SimError('InvalidInput', `simcloud serves tags of hosted zones only, not ${type}`, 400);
      const z = findZone(ctx, String(input.ResourceId ?? ''));
      return {
        $root: 'ListTagsForResourceResponse',
        ResourceTagSet: { ResourceType: 'hostedzone', ResourceId: zoneId(z, ctx.account.id), Tags: xmlList(z.Tags ?? [], 'Tag') },
      };
    },
  },
});
