/**
 * Typed model fixtures for rule examples and tests: resources that no IaC file declares (a KMS key pending
 * deletion, a region where Security Hub is off) or model-level cases of tricky logic.
 */
import { explicit, type Resource, type Value } from '../../model/core/index.js';
import type { ModelResource, ResourceType, ResourceTypeMap } from '../../model/types.js';
import type { RuleContext } from './rule.js';

/** Optional identity of a fixture resource. */
export interface FixtureOptions {
  readonly account?: string;
  readonly region?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/** A live-looking resource of `type` with the given (fully typed) properties. */
export function modelFixture<T extends ResourceType>(type: T, name: string, properties: ResourceTypeMap[T], opts: FixtureOptions = {}): ModelResource<T> {
  const call = `fixture:${type}`;
  return {
    uid: opts.account ? `arn:aws:${type.split('.')[1] ?? 'x'}:${opts.region ?? 'us-east-1'}:${opts.account}:${name}` : `fixture/${type}/${name}`,
    type,
    provider: 'aws',
    ...(opts.account ? { account: opts.account } : {}),
    region: opts.region ?? 'us-east-1',
    name,
    tags: explicit(opts.tags ?? {}),
    properties,
    origin: { kind: 'live', call },
    source: { kind: 'api', call },
  };
}

/** Shorthand for an explicit value in fixtures. */
export function v<T>(value: T): Value<T> {
  return explicit(value);
}

/** A rule context over a fixed list of resources (for model-level rule tests). */
export function fixtureContext(resources: readonly Resource[], now = new Date('2026-01-01T00:00:00Z')): RuleContext {
  return {
    get: (uid) => resources.find((r) => r.uid === uid),
    ofType: <T extends ResourceType>(t: T) => resources.filter((r) => r.type === t) as unknown as ModelResource<T>[],
    memo: (_k, compute) => compute(),
    inAccount: <T extends ResourceType>(t: T, a: string | undefined, g?: string) =>
      resources.filter((r) => r.type === t && r.account === a && (g === undefined || r.region === g)) as unknown as ModelResource<T>[],
    referencing: <T extends ResourceType>(t: T, prop: string, uid: string) =>
      resources.filter((r) => {
        if (r.type !== t) return false;
        const val = (r.properties as Record<string, Value<unknown> | undefined>)[prop];
        if (!val || val.kind === 'unresolvable') return false;
        return (Array.isArray(val.value) ? val.value : [val.value]).includes(uid);
      }) as unknown as ModelResource<T>[],
    now,
    sourceKind: 'live',
  };
}

/** Properties of a bucket as AWS creates one today (private, owner-enforced, BPA on, SSE-S3), with overrides. */
export function s3BucketProps(
  name: string,
  overrides: Partial<ResourceTypeMap['aws.s3.bucket']> = {},
): ResourceTypeMap['aws.s3.bucket'] {
  return {
    bucketName: v(name),
    cannedAcl: v('private'),
    grants: v([]),
    objectOwnership: v('BucketOwnerEnforced'),
    publicAccessBlock: { blockPublicAcls: v(true), ignorePublicAcls: v(true), blockPublicPolicy: v(true), restrictPublicBuckets: v(true) },
    policy: v(null),
    encryptionAlgorithm: v('AES256'),
    encryptionKmsKeyId: v(null),
    versioningEnabled: v(false),
    mfaDeleteEnabled: v(false),
    loggingTargetBucket: v(null),
    objectLockEnabled: v(false),
    lifecycleRuleCount: v(0),
    replicationEnabled: v(false),
    ...overrides,
  };
}
