/**
 * simcloud's in-memory world. A world file (YAML or JSON, docs/simcloud.md) describes the organization,
 * accounts, enabled regions, credentials and, per account, each service's resources **in the shapes the AWS
 * APIs return** (e.g. `s3.buckets[].Name`, `ec2.regions.eu-west-1.Instances[]` as DescribeInstances gives them).
 * Each service owns its section: `AccountState.services.<signingName>` (global services) and
 * `AccountState.regions[<region>].<signingName>` (regional ones); its handler module exports the section's
 * TypeScript type and a `normalize*` function that fills defaults when the world is loaded.
 */

export interface WorldCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly accountId: string;
  /** `user/alice`, `role/Admin`, or `root`. */
  readonly principal: string;
  /** Signing names or `service:Action` pairs that answer AccessDenied for this principal (partial-failure tests). */
  readonly denied?: readonly string[];
}

export interface OrganizationState {
  readonly id: string;
  readonly managementAccountId: string;
  /** OU tree: root id `r-xxxx`, OUs with parents; accounts name their OU. */
  readonly rootId: string;
  readonly units: readonly { readonly id: string; readonly name: string; readonly parentId: string }[];
  /** Service control policies: id, name, document (JSON string), targets (root/OU/account ids). */
  readonly policies: readonly { readonly id: string; readonly name: string; readonly document: string; readonly targets: readonly string[] }[];
}

export interface AccountState {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Parent OU (or root) id. */
  readonly parentId: string;
  /** Regions enabled for this account; others (opt-in regions not enabled) answer as AWS does for a disabled region. */
  readonly enabledRegions: string[];
  /** Roles that other principals may assume (trust decided by the role's AssumeRolePolicyDocument in the IAM section). */
  /** Global service sections keyed by signing name (`iam`, `s3`, `organizations`). */
  readonly services: Record<string, unknown>;
  /** Regional service sections: `regions['eu-west-1'].ec2`, `.kms`, ... */
  readonly regions: Record<string, Record<string, unknown>>;
}

export interface WorldState {
  readonly partition: 'aws';
  readonly organization?: OrganizationState;
  readonly accounts: Map<string, AccountState>;
  readonly credentials: Map<string, WorldCredential>;
  /** Every region simcloud knows (enabled or not), for DescribeRegions. */
  readonly allRegions: readonly string[];
  /** Opt-in regions (disabled unless an account enables them). */
  readonly optInRegions: readonly string[];
}

/** The section of a global service for an account, created empty on first use. */
export function globalSection<T extends object>(account: AccountState, service: string, empty: () => T): T {
  return (account.services[service] ??= empty()) as T;
}

/** The section of a regional service for an account and region, created empty on first use. */
export function regionalSection<T extends object>(account: AccountState, region: string, service: string, empty: () => T): T {
  const r = (account.regions[region] ??= {});
  return (r[service] ??= empty()) as T;
}
