import type { Resource, Value } from '../core/index.js';

export interface LoadBalancerProperties {
  /** `application`, `network` or `gateway`. */
  readonly lbType: Value<string>;
  /** `internet-facing` or `internal`. */
  readonly scheme: Value<string>;
  readonly dropInvalidHeaderFields: Value<boolean>;
  readonly deletionProtection: Value<boolean>;
  readonly accessLogsEnabled: Value<boolean>;
  readonly securityGroups: Value<readonly string[]>;
  readonly subnets: Value<readonly string[]>;
}
export type LoadBalancer = Resource<'aws.elbv2.load-balancer', LoadBalancerProperties>;

export interface ListenerProperties {
  /** uid of the load balancer. */
  readonly loadBalancerId: Value<string>;
  readonly protocol: Value<string>;
  readonly port: Value<number>;
  readonly sslPolicy: Value<string | null>;
  /** True when the default action redirects to HTTPS. */
  readonly redirectsToHttps: Value<boolean>;
}
export type Listener = Resource<'aws.elbv2.listener', ListenerProperties>;

/** A WAFv2 web ACL associated with a resource (ALB, API Gateway stage, ...). */
export interface WebAclAssociationProperties {
  /** uid of the protected resource. */
  readonly resourceId: Value<string>;
  readonly webAclId: Value<string>;
}
export type WebAclAssociation = Resource<'aws.wafv2.web-acl-association', WebAclAssociationProperties>;

/** Shield Advanced for one account: emitted once per account even when there is no subscription. */
export interface ShieldSubscriptionProperties {
  readonly active: Value<boolean>;
  /** `ENABLED` / `DISABLED`, or null without a subscription. */
  readonly autoRenew: Value<string | null>;
  /** ISO-8601 end of the commitment, or null. */
  readonly endTime: Value<string | null>;
}
export type ShieldSubscription = Resource<'aws.shield.subscription', ShieldSubscriptionProperties>;

/** A resource protected by Shield Advanced. */
export interface ShieldProtectionProperties {
  /** ARN (the uid) of the protected resource. */
  readonly resourceArn: Value<string>;
}
export type ShieldProtection = Resource<'aws.shield.protection', ShieldProtectionProperties>;
