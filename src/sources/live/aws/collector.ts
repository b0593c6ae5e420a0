/**
 * The contract for live AWS collectors. A collector is a plain async function over injected SDK clients
 * (no module-level clients, no import-time I/O) that declares the API calls and IAM permissions it needs, so
 * `cloudwarden permissions aws` can print the least-privilege policy. It emits model resources (the same types
 * the IaC adapters fill) whose values carry `api` provenance; a failed call is data: the values it would have
 * filled become `unresolvable` with the reason, and the gap is recorded for the coverage summary.
 */
import type { ApiProvenance, Resource, Value } from '../../../model/core/index.js';

/** A call that failed in a way that leaves part of the inventory unknown. */
export interface CoverageGap {
  readonly account: string;
  /** Region, or `global`. */
  readonly region: string;
  readonly service: string;
  /** `s3:GetBucketPolicy`. */
  readonly call: string;
  /** `AccessDenied`, `OptInRequired`, `Throttling` (retries exhausted), `ServerError`, `Unsupported`, ... */
  readonly reason: string;
  readonly message: string;
  /** The resource whose attributes are unknown, when the call was about one. */
  readonly resourceId?: string;
}

/**
 * The outcome of one SDK call: a value, or the error classified as data. When the call named `expected`
 * error codes and one of them came back (a "not found" that means "none", e.g. `NoSuchBucketPolicy`), the
 * result is ok with `value: undefined` and `notFound` set to that code.
 */
export type CallResult<T> = { readonly ok: true; readonly value: T; readonly notFound?: string } | { readonly ok: false; readonly reason: string; readonly message: string };

export interface CollectorContext {
  readonly account: string;
  /** The region this run covers; global collectors get the account's home region for their clients. */
  readonly region: string;
  readonly partition: 'aws';
  /** An SDK v3 client for this account and region, configured with the scan's credentials, retry strategy and endpoint. */
  client<C>(ctor: new (config: object) => C): C;
  /**
   * Runs one SDK call. Counts it, lets the SDK's adaptive retry absorb throttling, and classifies a final
   * error (AccessDenied, OptInRequired, throttling after retries, 5xx, unknown operation) as a `CallResult`,
   * recording a coverage gap. `call` is the IAM-style name, e.g. `s3:GetBucketPolicy`.
   * With `expected` codes the value may be `undefined` (one of them came back: see `notFound`), and the type says so.
   */
  call<T>(call: string, fn: () => Promise<T>, about: { resourceId?: string; expected: readonly string[] }): Promise<CallResult<T | undefined>>;
  call<T>(call: string, fn: () => Promise<T>, about?: { resourceId?: string; expected?: undefined }): Promise<CallResult<T>>;
  /** Every page of a paginated call, or the error. */
  paginate<T>(call: string, fetch: (token: string | undefined) => Promise<{ items: readonly T[]; next: string | undefined }>): Promise<CallResult<T[]>>;
  /** Streams a resource to the scan (store and inventory). */
  emit(resource: Resource): void;
  /** Provenance for values read by `call` in this account and region. */
  prov(call: string): ApiProvenance;
  readonly now: Date;
}

export interface CollectorDefinition {
  /** `s3`, `ec2`, `iam`, ... (unique). */
  readonly id: string;
  /** `global` collectors run once per account; `regional` ones once per account and enabled region. */
  readonly scope: 'global' | 'regional';
  /** API calls made, IAM-style (`s3:ListBuckets`). */
  readonly apiCalls: readonly string[];
  /** IAM actions needed (usually the same names; some calls need extra or differently named permissions). */
  readonly permissions: readonly string[];
  /** Model types this collector emits. */
  readonly emits: readonly string[];
  collect(ctx: CollectorContext): Promise<void>;
}

export function defineCollector(def: CollectorDefinition): CollectorDefinition {
  return def;
}

/** A value read from an API call. */
export function apiValue<T>(value: T, source: ApiProvenance): Value<T> {
  return { kind: 'explicit', value, source };
}

const origins = new Map<string, { readonly kind: 'live'; readonly call: string }>();
/** The origin of a live resource listed by `call`: one shared object per call name (a scan lists millions). */
export function liveOrigin(call: string): { readonly kind: 'live'; readonly call: string } {
  let o = origins.get(call);
  if (!o) origins.set(call, (o = Object.freeze({ kind: 'live' as const, call })));
  return o;
}

const emptyTags = new WeakMap<ApiProvenance, Value<Readonly<Record<string, string>>>>();
/** "No tags", as read by one call: shared, since most resources of a listing carry none. */
export function noTags(source: ApiProvenance): Value<Readonly<Record<string, string>>> {
  let v = emptyTags.get(source);
  if (!v) emptyTags.set(source, (v = Object.freeze({ kind: 'explicit' as const, value: Object.freeze({}), source })));
  return v;
}

/** A value left unknown by a failed call, with the reason (never a default that would read as pass or fail). */
export function apiUnknown<T>(failure: { reason: string; message: string }, source: ApiProvenance): Value<T> {
  return { kind: 'unresolvable', value: undefined, source, reason: `${source.call} failed: ${failure.reason}: ${failure.message}` };
}
