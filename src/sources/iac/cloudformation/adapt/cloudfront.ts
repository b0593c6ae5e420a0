/**
 * AWS::CloudFront::Distribution, flattened like the Terraform adapter: behaviors' viewer protocol policies,
 * viewer certificate, logging, origins and web ACL. Lists are unresolvable as a whole when any part is.
 */
import type { CloudFrontDistributionProperties, CloudFrontOrigin } from '../../../../model/aws/network-edge.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';

const D = 'DistributionConfig';

function firstUnknown(values: readonly Value<unknown>[]): Value<never> | undefined {
  return values.find((v) => !isKnown(v)) as Value<never> | undefined;
}

/**
 * An identifier that is either absent (null) or set; a set value computed at deploy (`!GetAtt Oac.Id`,
 * `!Sub origin-access-identity/cloudfront/${Oai}`) still means "configured", which is all rules ask.
 */
function setOrNull(rd: Reader, path: string): Value<string | null> {
  const n = nodeAt(rd.root, path);
  if (n === undefined) return defaulted(null, rd.block);
  if (n.t === 'unknown') return explicit(n.ref ? `(${n.ref.logicalId})` : '(computed at deploy)', rd.block);
  return rd.strOrNull(path);
}

function origin(rd: Reader, i: number): Value<CloudFrontOrigin> {
  const p = `${D}.Origins.${i}`;
  const custom = nodeAt(rd.root, `${p}.CustomOriginConfig`) !== undefined;
  const oac = setOrNull(rd, `${p}.OriginAccessControlId`);
  const oai = setOrNull(rd, `${p}.S3OriginConfig.OriginAccessIdentity`);
  const policy = custom ? rd.str(`${p}.CustomOriginConfig.OriginProtocolPolicy`, { unresolvable: 'OriginProtocolPolicy is required' }) : defaulted<string | null>(null, rd.block);
  const protocols = custom ? rd.strs(`${p}.CustomOriginConfig.OriginSSLProtocols`, { value: ['TLSv1', 'SSLv3'], reason: 'CloudFormation defaults OriginSSLProtocols to TLSv1 and SSLv3' }) : defaulted<readonly string[]>([], rd.block);
  const bad = firstUnknown([oac, oai, policy, protocols]);
  if (bad) return bad;
  const id = rd.str(`${p}.Id`, { unresolvable: 'Id is required' });
  const domain = rd.str(`${p}.DomainName`, { unresolvable: 'DomainName is required' });
  return explicit({
    id: isKnown(id) ? id.value : '(unknown)',
    domainName: isKnown(domain) ? domain.value : '(computed)',
    s3: !custom,
    originAccessControlId: oac.value as string | null,
    originAccessIdentity: (oai.value as string | null) || null,
    originProtocolPolicy: policy.value as string | null,
    originSslProtocols: protocols.value as readonly string[],
  }, rd.block);
}

function count(rd: Reader, path: string): number | Value<never> {
  const n: CfnNode | undefined = nodeAt(rd.root, path);
  if (n === undefined) return 0;
  if (n.t === 'unknown') return unresolvable(`${path}: ${n.reason}`, rd.block);
  return n.t === 'list' ? n.items.length : 0;
}

export const cloudFrontDistribution: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const behaviors = count(rd, `${D}.CacheBehaviors`);
  const policies: Value<string>[] = [rd.str(`${D}.DefaultCacheBehavior.ViewerProtocolPolicy`, { unresolvable: 'ViewerProtocolPolicy is required' })];
  if (typeof behaviors !== 'number') policies.push(behaviors);
  else for (let i = 0; i < behaviors; i++) policies.push(rd.str(`${D}.CacheBehaviors.${i}.ViewerProtocolPolicy`, { unresolvable: 'ViewerProtocolPolicy is required' }));
  const badPolicy = firstUnknown(policies);
  const origins = count(rd, `${D}.Origins`);
  const originValues = typeof origins === 'number' ? Array.from({ length: origins }, (_, i) => origin(rd, i)) : [];
  const badOrigin = typeof origins === 'number' ? firstUnknown(originValues) : origins;
  const custom = nodeAt(rd.root, `${D}.ViewerCertificate.AcmCertificateArn`) !== undefined || nodeAt(rd.root, `${D}.ViewerCertificate.IamCertificateId`) !== undefined;
  const props: CloudFrontDistributionProperties = {
    enabled: rd.bool(`${D}.Enabled`, true),
    viewerProtocolPolicies: badPolicy ?? explicit(policies.map((p) => p.value as string), policies[0]!.source),
    defaultCertificate: rd.bool(`${D}.ViewerCertificate.CloudFrontDefaultCertificate`, !custom, 'a custom certificate is set when an ACM or IAM certificate is named'),
    minimumProtocolVersion: rd.str(`${D}.ViewerCertificate.MinimumProtocolVersion`, { value: 'TLSv1', reason: 'CloudFront defaults to TLSv1' }),
    loggingEnabled: nodeAt(rd.root, `${D}.Logging`) === undefined ? defaulted(false, rd.block, 'no Logging') : mapValue(rd.str(`${D}.Logging.Bucket`, { unresolvable: 'Logging.Bucket is required' }), () => true),
    defaultRootObject: rd.strOrNull(`${D}.DefaultRootObject`),
    origins: badOrigin ?? explicit(originValues.map((o) => o.value as CloudFrontOrigin), rd.block),
    webAclId: setOrNull(rd, `${D}.WebACLId`),
  };
  return envelope(ctx, r, 'aws.cloudfront.distribution', explicit(r.logicalId), tagsOf(rd), props);
};
