/**
 * WAFv2 web ACL associations: one resource per (web ACL, protected resource) from ListResourcesForWebACL, so
 * rules can ask "is this load balancer / API stage protected". The protected resource's uid is its ARN, which
 * is the uid the ELBv2 collector gives load balancers.
 *
 * When the associations cannot be listed (AccessDenied, throttling), a placeholder association with an
 * unknown `resourceId` is emitted: the WAF rule then reports `unknown` for unprotected-looking load balancers
 * instead of a failure the missing data would have caused.
 * CloudFront-scope web ACLs (us-east-1) protect distributions, whose association lives on the distribution
 * (CloudFront's ListDistributionsByWebACLId), outside this collector: not collected here.
 */
import { ListResourcesForWebACLCommand, ListWebACLsCommand, WAFV2Client, type ResourceType } from '@aws-sdk/client-wafv2';
import type { WebAclAssociationProperties } from '../../../../model/aws/index.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, live } from './edge/shared.js';

const LIST = 'wafv2:ListWebACLs';
const RESOURCES = 'wafv2:ListResourcesForWebACL';
/** Resource types whose protection rules judge (load balancers and API Gateway stages). */
const TYPES: readonly ResourceType[] = ['APPLICATION_LOAD_BALANCER', 'API_GATEWAY'];

function unknownAssociation(ctx: CollectorContext, call: string, failure: { reason: string; message: string }, webAclId: string | undefined): void {
  const src = ctx.prov(call);
  const props: WebAclAssociationProperties = {
    resourceId: apiUnknown(failure, src),
    webAclId: webAclId === undefined ? apiUnknown(failure, src) : apiValue(webAclId, src),
  };
  const uid = `arn:aws:wafv2:${ctx.region}:${ctx.account}:regional/webacl-association/unknown/${webAclId ?? 'all'}`;
  ctx.emit(live(ctx, 'aws.wafv2.web-acl-association', uid, `unresolved association (${failure.reason})`, call, props));
}

export default defineCollector({
  id: 'wafv2',
  scope: 'regional',
  apiCalls: [LIST, RESOURCES],
  permissions: [LIST, RESOURCES],
  emits: ['aws.wafv2.web-acl-association'],
  async collect(ctx) {
    const waf = ctx.client(WAFV2Client);
    const acls = await ctx.paginate(LIST, async (marker) => {
      const o = await waf.send(new ListWebACLsCommand({ Scope: 'REGIONAL', NextMarker: marker, Limit: 100 }));
      return { items: o.WebACLs ?? [], next: o.NextMarker };
    });
    if (!acls.ok) return unknownAssociation(ctx, LIST, acls, undefined);
    await forEachLimited(acls.value.filter((a) => a.ARN), 4, async (acl) => {
      for (const type of TYPES) {
        const r = await ctx.call(RESOURCES, () => waf.send(new ListResourcesForWebACLCommand({ WebACLArn: acl.ARN!, ResourceType: type })), { resourceId: acl.ARN! });
        if (!r.ok) {
          unknownAssociation(ctx, RESOURCES, r, acl.ARN!);
          continue;
        }
        const src = ctx.prov(RESOURCES);
        for (const resourceArn of r.value.ResourceArns ?? []) {
          const props: WebAclAssociationProperties = { resourceId: apiValue(resourceArn, src), webAclId: apiValue(acl.ARN!, src) };
          ctx.emit(live(ctx, 'aws.wafv2.web-acl-association', `${acl.ARN!}|${resourceArn}`, `${acl.Name ?? acl.Id ?? 'web-acl'} → ${resourceArn}`, LIST, props));
        }
      }
    });
  },
});
