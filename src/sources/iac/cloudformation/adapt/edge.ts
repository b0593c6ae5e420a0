import type { EcrRepositoryProperties, EksClusterProperties } from '../../../../model/aws/compute.js';
import type { ListenerProperties, LoadBalancerProperties, WebAclAssociationProperties } from '../../../../model/aws/network-edge.js';
import type { ApiGatewayDomainNameProperties } from '../../../../model/aws/api.js';
import { defaulted, explicit, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, refTarget, tagsOf, toRef, type Conv } from './read.js';
import { policyAt } from './policy.js';
import { groupUids } from './security-group.js';

/** AWS::EKS::Cluster. */
export const eksCluster: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const vpc = 'ResourcesVpcConfig';
  const props: EksClusterProperties = {
    version: rd.str('Version', { unresolvable: 'EKS picks its default Kubernetes version at deploy' }),
    endpointPublicAccess: rd.bool(`${vpc}.EndpointPublicAccess`, true),
    endpointPrivateAccess: rd.bool(`${vpc}.EndpointPrivateAccess`, false),
    publicAccessCidrs: rd.strs(`${vpc}.PublicAccessCidrs`, { value: ['0.0.0.0/0'] }),
    enabledLogTypes: rd.get('Logging.ClusterLogging.EnabledTypes', (n) => {
      if (n.t !== 'list') return { ok: false, reason: 'expected a list' };
      const types = n.items.map((i) => nodeAt(i, 'Type'));
      return types.every((t) => t?.t === 'scalar') ? { ok: true, value: types.map((t) => String((t as Extract<CfnNode, { t: 'scalar' }>).value)) } : { ok: false, reason: 'a log type is unknown' };
    }, { value: [] }),
    secretsEncryption: rd.get('EncryptionConfig', (n) => {
      if (n.t !== 'list') return { ok: false, reason: 'expected a list' };
      return { ok: true, value: n.items.some((c) => { const res = nodeAt(c, 'Resources'); return res?.t === 'list' && res.items.some((x) => x.t === 'scalar' && x.value === 'secrets'); }) };
    }, { value: false }),
  };
  return envelope(ctx, r, 'aws.eks.cluster', rd.str('Name', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** Whether the repository declares a lifecycle policy (its text, even from a parameter, means one exists). */
function ecrLifecycle(rd: Reader): Value<boolean> {
  const n = nodeAt(rd.root, 'LifecyclePolicy.LifecyclePolicyText');
  return n ? explicit(true, rd.prov(n, 'LifecyclePolicy.LifecyclePolicyText')) : defaulted(false, rd.block, 'no LifecyclePolicy: images are kept forever');
}

/** AWS::ECR::Repository. */
export const ecrRepository: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: EcrRepositoryProperties = {
    scanOnPush: rd.bool('ImageScanningConfiguration.ScanOnPush', false),
    imageTagMutability: rd.str('ImageTagMutability', { value: 'MUTABLE' }),
    encryptionType: rd.str('EncryptionConfiguration.EncryptionType', { value: 'AES256' }),
    policy: policyAt(rd, 'RepositoryPolicyText'),
    lifecyclePolicy: ecrLifecycle(rd),
  };
  return envelope(ctx, r, 'aws.ecr.repository', rd.str('RepositoryName', { unresolvable: 'generated' }), tagsOf(rd), props);
};

/** The value of one `LoadBalancerAttributes` key as a boolean. */
function attribute(rd: Reader, key: string, def: boolean): Value<boolean> {
  const attrs = nodeAt(rd.root, 'LoadBalancerAttributes');
  const i = attrs?.t === 'list' ? attrs.items.findIndex((a) => { const k = nodeAt(a, 'Key'); return k?.t === 'scalar' && k.value === key; }) : -1;
  return i < 0 ? defaulted(def, rd.block) : rd.bool(`LoadBalancerAttributes.${i}.Value`, def);
}

/** AWS::ElasticLoadBalancingV2::LoadBalancer. */
export const loadBalancer: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const subnets = rd.has('Subnets') ? rd.refs('Subnets') : rd.get('SubnetMappings', subnetMappings, { value: [] });
  const props: LoadBalancerProperties = {
    lbType: rd.str('Type', { value: 'application' }),
    scheme: rd.str('Scheme', { value: 'internet-facing' }),
    dropInvalidHeaderFields: attribute(rd, 'routing.http.drop_invalid_header_fields.enabled', false),
    deletionProtection: attribute(rd, 'deletion_protection.enabled', false),
    accessLogsEnabled: attribute(rd, 'access_logs.s3.enabled', false),
    securityGroups: groupUids(rd, ['SecurityGroups']),
    subnets,
  };
  return envelope(ctx, r, 'aws.elbv2.load-balancer', rd.str('Name', { unresolvable: 'generated' }), tagsOf(rd), props);
};

const subnetMappings: Conv<readonly string[]> = (n, ctx) => {
  if (n.t !== 'list') return { ok: false, reason: 'expected a list' };
  const out: string[] = [];
  for (const m of n.items) {
    const s = nodeAt(m, 'SubnetId');
    const v = s ? toRef(s, ctx) : { ok: false as const, reason: 'SubnetId is required' };
    if (!v.ok) return v;
    out.push(v.value);
  }
  return { ok: true, value: out };
};

/** AWS::ElasticLoadBalancingV2::Listener. */
export const listener: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const lbId = refTarget(nodeAt(r.props, 'LoadBalancerArn'));
  const lb = lbId !== undefined ? ctx.byId(lbId) : undefined;
  const lbType = lb ? nodeAt(lb.props, 'Type') : undefined;
  const defaultProtocol = lbType?.t === 'scalar' && lbType.value === 'network' ? 'TCP' : 'HTTP';
  const protocol = rd.str('Protocol', { value: defaultProtocol });
  const secure = protocol.value === 'HTTPS' || protocol.value === 'TLS';
  const props: ListenerProperties = {
    loadBalancerId: rd.get('LoadBalancerArn', toRef, { unresolvable: 'LoadBalancerArn is required' }),
    protocol,
    port: rd.num('Port', { unresolvable: 'the port depends on the protocol' }),
    sslPolicy: rd.strOrNull('SslPolicy', secure ? 'ELBSecurityPolicy-2016-08' : null),
    redirectsToHttps: rd.get('DefaultActions', (n) => {
      if (n.t !== 'list') return { ok: false, reason: 'expected a list' };
      return { ok: true, value: n.items.some((a) => { const p = nodeAt(a, 'RedirectConfig.Protocol'); return p?.t === 'scalar' && p.value === 'HTTPS'; }) };
    }, { value: false }),
  };
  return envelope(ctx, r, 'aws.elbv2.listener', explicit(r.logicalId), defaulted({}, rd.block), props);
};

/** AWS::WAFv2::WebACLAssociation. */
export const webAclAssociation: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: WebAclAssociationProperties = {
    resourceId: rd.get('ResourceArn', toRef, { unresolvable: 'ResourceArn is required' }),
    webAclId: rd.get('WebACLArn', toRef, { unresolvable: 'WebACLArn is required' }),
  };
  return envelope(ctx, r, 'aws.wafv2.web-acl-association', explicit(r.logicalId), defaulted({}, rd.block), props);
};

/** AWS::ApiGateway::DomainName: an absent SecurityPolicy is left unknown (API Gateway picks it at creation). */
export const apiGatewayDomainName: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: ApiGatewayDomainNameProperties = {
    securityPolicy: rd.str('SecurityPolicy', { unresolvable: 'no SecurityPolicy: the default is chosen by API Gateway at creation' }),
    endpointType: rd.str('EndpointConfiguration.Types.0', { value: 'EDGE' }),
  };
  return envelope(ctx, r, 'aws.apigateway.domain-name', rd.str('DomainName', { unresolvable: 'DomainName is required' }), tagsOf(rd), props);
};

/** AWS::ApiGatewayV2::DomainName: the first DomainNameConfigurations entry (there is one per name). */
export const apiGatewayV2DomainName: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: ApiGatewayDomainNameProperties = {
    securityPolicy: rd.str('DomainNameConfigurations.0.SecurityPolicy', { unresolvable: 'no SecurityPolicy: the default is chosen by API Gateway at creation' }),
    endpointType: rd.str('DomainNameConfigurations.0.EndpointType', { value: 'REGIONAL' }),
  };
  return envelope(ctx, r, 'aws.apigateway.domain-name', rd.str('DomainName', { unresolvable: 'DomainName is required' }), tagsOf(rd), props);
};
