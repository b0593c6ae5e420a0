/**
 * aws_cloudfront_distribution: cache behaviors, viewer certificate, logging, origins and web ACL, flattened to
 * the model's CloudFront distribution. A list value is unresolvable as a whole when any of its parts is,
 * so an origin whose settings come from an unknown variable never reads as compliant.
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue } from '../../../../model/core/index.js';
import type { CloudFrontDistributionProperties, CloudFrontOrigin } from '../../../../model/aws/network-edge.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { isUnresolved, type Scope } from './scope.js';

const OAC = ['aws_cloudfront_origin_access_control'];
const OAI = ['aws_cloudfront_origin_access_identity'];

/** The first unresolvable of `values`, or the known values. */
function allKnown(values: readonly Value<unknown>[]): Value<never> | undefined {
  return values.find((v) => !isKnown(v)) as Value<never> | undefined;
}

function origin(o: Scope): Value<CloudFrontOrigin> {
  const custom = o.block('custom_origin_config');
  if (custom !== undefined && isUnresolved(custom)) return custom;
  const s3 = o.block('s3_origin_config');
  if (s3 !== undefined && isUnresolved(s3)) return s3;
  const id = o.str('origin_id', undefined, 'origin_id is required');
  const domainName = o.str('domain_name', undefined, 'domain_name is required');
  const oac = o.refOrNull('origin_access_control_id', OAC, ['name']);
  const oai = s3 ? s3.refOrNull('origin_access_identity', OAI, ['cloudfront_access_identity_path']) : defaulted<string | null>(null, o.blockProv());
  const policy = custom ? custom.str('origin_protocol_policy', undefined, 'origin_protocol_policy is required') : defaulted<string | null>(null, o.blockProv());
  const protocols = custom ? custom.strList('origin_ssl_protocols', [], 'origin_ssl_protocols is required') : defaulted<readonly string[]>([], o.blockProv());
  // domain_name is often a reference to a bucket's regional name: unknown text, but not needed for any verdict.
  const bad = allKnown([oac, oai, policy, protocols]);
  if (bad) return bad;
  return explicit(
    {
      id: isKnown(id) ? id.value : '(unknown)',
      domainName: isKnown(domainName) ? domainName.value : '(computed)',
      s3: custom === undefined,
      originAccessControlId: oac.value as string | null,
      originAccessIdentity: (oai.value as string | null) || null,
      originProtocolPolicy: policy.value as string | null,
      originSslProtocols: protocols.value as readonly string[],
    },
    o.blockProv(),
  );
}

function listOf<T>(items: readonly Value<T>[], whole: Scope, path: string): Value<readonly T[]> {
  const bad = allKnown(items);
  if (bad) return bad;
  return items.length > 0 ? explicit(items.map((i) => i.value as T), items[0]!.source) : defaulted([], whole.blockProv(), `no ${path}`);
}

function adaptDistribution(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const behaviors: Value<string>[] = [];
  for (const path of ['default_cache_behavior', 'ordered_cache_behavior']) {
    const blocks = s.blocks(path);
    if (isUnresolved(blocks)) behaviors.push(blocks);
    else for (const b of blocks) behaviors.push(b.str('viewer_protocol_policy', undefined, 'viewer_protocol_policy is required'));
  }
  const cert = s.block('viewer_certificate');
  const certScope = cert !== undefined && !isUnresolved(cert) ? cert : undefined;
  const origins = s.blocks('origin');
  const logging = s.block('logging_config');
  const props: CloudFrontDistributionProperties = {
    enabled: s.bool('enabled', undefined, 'enabled is required'),
    viewerProtocolPolicies: listOf(behaviors, s, 'cache behavior'),
    defaultCertificate: cert !== undefined && isUnresolved(cert)
      ? cert
      : certScope
        ? certScope.bool('cloudfront_default_certificate', !(certScope.has('acm_certificate_arn') || certScope.has('iam_certificate_id')), 'a custom certificate is set when an ACM or IAM certificate is named')
        : defaulted(true, s.blockProv(), 'no viewer_certificate: the *.cloudfront.net certificate'),
    minimumProtocolVersion: certScope ? certScope.str('minimum_protocol_version', 'TLSv1', 'the provider default is TLSv1') : defaulted('TLSv1', s.blockProv(), 'no viewer_certificate'),
    loggingEnabled: logging !== undefined && isUnresolved(logging) ? logging : logging ? mapValue(logging.str('bucket', undefined, 'bucket is required'), () => true) : defaulted(false, s.blockProv(), 'no logging_config'),
    defaultRootObject: s.strOrNull('default_root_object', 'no default_root_object'),
    origins: isUnresolved(origins) ? origins : listOf(origins.map(origin), s, 'origin'),
    webAclId: s.refOrNull('web_acl_id', ['aws_wafv2_web_acl', 'aws_waf_web_acl'], ['name'], 'no web_acl_id'),
  };
  return ctx.resource(inst, 'aws.cloudfront.distribution', props, s.str('comment'));
}

export function adaptCloudFront(ctx: AdaptContext): Resource[] {
  return ctx.each(['aws_cloudfront_distribution'], (i) => adaptDistribution(ctx, i));
}
