import type { Resource, Value } from '../core/index.js';
import type { PolicyDocument } from './policy.js';

/** Who the scan ran as in one account (STS GetCallerIdentity). Live only. */
export interface CallerIdentityProperties {
  readonly accountId: Value<string>;
  /** `arn:aws:sts::111122223333:assumed-role/Audit/cloudwarden`. */
  readonly arn: Value<string>;
  readonly userId: Value<string>;
}
export type CallerIdentity = Resource<'aws.sts.caller-identity', CallerIdentityProperties>;

/** A member (or the management) account of an AWS Organization, as the management account lists it. */
export interface OrganizationsAccountProperties {
  readonly accountId: Value<string>;
  readonly accountName: Value<string>;
  readonly email: Value<string>;
  /** `ACTIVE`, `SUSPENDED`, `PENDING_CLOSURE`. */
  readonly status: Value<string>;
  /** OU path from the root: `Root/Workloads/Prod`. */
  readonly parentPath: Value<string>;
  /** Id of the parent OU or root. */
  readonly parentId: Value<string>;
  /** ISO timestamp the account joined the organization. */
  readonly joinedAt: Value<string | null>;
  /** `INVITED` or `CREATED`. */
  readonly joinedMethod: Value<string>;
  readonly isManagementAccount: Value<boolean>;
}
export type OrganizationsAccount = Resource<'aws.organizations.account', OrganizationsAccountProperties>;

/** An organizational unit. */
export interface OrganizationsUnitProperties {
  readonly unitId: Value<string>;
  readonly unitName: Value<string>;
  readonly parentId: Value<string>;
  /** `Root/Workloads/Prod`. */
  readonly path: Value<string>;
}
export type OrganizationsUnit = Resource<'aws.organizations.unit', OrganizationsUnitProperties>;

/** A service control policy with its document and the roots, OUs and accounts it is attached to. */
export interface OrganizationsScpProperties {
  readonly policyId: Value<string>;
  readonly policyName: Value<string>;
  readonly awsManaged: Value<boolean>;
  readonly document: Value<PolicyDocument>;
  /** Target ids (`r-…`, `ou-…`, account ids). */
  readonly targets: Value<readonly string[]>;
}
export type OrganizationsScp = Resource<'aws.organizations.scp', OrganizationsScpProperties>;
