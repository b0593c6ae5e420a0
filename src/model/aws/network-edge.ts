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

/** One origin of a CloudFront distribution, flattened to what rules judge. */
export interface CloudFrontOrigin {
  readonly id: string;
  readonly domainName: string;
  /** An S3 bucket origin (no custom-origin settings); S3 website endpoints are custom origins. */
  readonly s3: boolean;
  /** Origin access control (the current way to keep the bucket private), or null. */
  readonly originAccessControlId: string | null;
  /** Legacy origin access identity (`origin-access-identity/cloudfront/E…`), or null. */
  readonly originAccessIdentity: string | null;
  /** Custom origins: `http-only`, `match-viewer` or `https-only`; null for S3 origins. */
  readonly originProtocolPolicy: string | null;
  /** Custom origins: the SSL/TLS protocols CloudFront may use towards the origin (`SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`). */
  readonly originSslProtocols: readonly string[];
}

/** A CloudFront distribution (global). uid `arn:aws:cloudfront::<account>:distribution/<id>` live. */
export interface CloudFrontDistributionProperties {
  readonly enabled: Value<boolean>;
  /** Viewer protocol policy of every cache behavior, the default one first: `allow-all`, `redirect-to-https`, `https-only`. */
  readonly viewerProtocolPolicies: Value<readonly string[]>;
  /** True when viewers are served the `*.cloudfront.net` default certificate (no custom certificate). */
  readonly defaultCertificate: Value<boolean>;
  /** Minimum TLS version offered to viewers with a custom certificate (`TLSv1`, `TLSv1.1_2016`, `TLSv1.2_2021`, ...). */
  readonly minimumProtocolVersion: Value<string>;
  /** Standard access logging to S3 is on. */
  readonly loggingEnabled: Value<boolean>;
  /** The object served for requests to `/`, or null. */
  readonly defaultRootObject: Value<string | null>;
  readonly origins: Value<readonly CloudFrontOrigin[]>;
  /** The associated web ACL (WAFv2 ARN or classic WAF id), or null. */
  readonly webAclId: Value<string | null>;
}
export type CloudFrontDistribution = Resource<'aws.cloudfront.distribution', CloudFrontDistributionProperties>;

/** A Route 53 hosted zone (global). uid `arn:aws:route53:::hostedzone/<id>` live (the ARN Shield protects). */
export interface HostedZoneProperties {
  /** The domain the zone serves, with its trailing dot as Route 53 reports it. */
  readonly zoneName: Value<string>;
  /** Private zones answer only inside their associated VPCs. */
  readonly privateZone: Value<boolean>;
  /** Record sets in the zone (SOA and NS included); only the live API knows it. */
  readonly recordCount: Value<number>;
  /** ARN of the CloudWatch Logs group receiving DNS query logs, or null without query logging. */
  readonly queryLogGroup: Value<string | null>;
}
export type HostedZone = Resource<'aws.route53.hosted-zone', HostedZoneProperties>;

/** One listener of a classic load balancer. */
export interface ClassicListener {
  /** Front-end protocol: `HTTP`, `HTTPS`, `TCP` or `SSL`. */
  readonly protocol: string;
  readonly loadBalancerPort: number;
  readonly instanceProtocol: string;
  readonly instancePort: number;
  /**
   * HTTPS/SSL listeners: the predefined security policy the listener's SSL negotiation policy references
   * (`ELBSecurityPolicy-TLS-1-2-2017-01`), the custom policy's name when it references none, or null when
   * no policy is attached (ELB then applies ELBSecurityPolicy-2016-08). Null for HTTP/TCP.
   */
  readonly sslPolicy: string | null;
  /** The protocols the negotiation policy enables (`TLSv1.2`, ...) when the source says; null to derive them from `sslPolicy`. */
  readonly sslProtocols: readonly string[] | null;
}

/** A classic (first-generation) Elastic Load Balancer. uid `arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/<name>` live. */
export interface ClassicLoadBalancerProperties {
  /** `internet-facing` or `internal`. */
  readonly scheme: Value<string>;
  readonly listeners: Value<readonly ClassicListener[]>;
  readonly accessLogsEnabled: Value<boolean>;
  readonly connectionDraining: Value<boolean>;
  readonly crossZoneLoadBalancing: Value<boolean>;
  /** uids of the security groups (EC2-VPC load balancers). */
  readonly securityGroups: Value<readonly string[]>;
  /** uids of the registered instances. */
  readonly instances: Value<readonly string[]>;
}
export type ClassicLoadBalancer = Resource<'aws.elb.load-balancer', ClassicLoadBalancerProperties>;
