/**
 * The contract between simcloud's core (HTTP server, SigV4, protocols, faults) and its service handlers.
 * A handler is a plain function from the decoded input to the output shape the AWS API documents; the core
 * decodes requests and encodes responses in the service's real wire protocol, so the official SDKs read them.
 */
import type { AccountState, WorldState } from './world/state.js';

/** The wire protocols of AWS services (Smithy protocol traits). */
export type WireProtocol = 'awsQuery' | 'ec2Query' | 'restXml' | 'awsJson1_0' | 'awsJson1_1' | 'restJson1';

/** Who is calling: resolved from the SigV4 access key (world credentials or an STS session). */
export interface CallerIdentity {
  readonly accountId: string;
  /** `arn:aws:iam::111122223333:user/alice`, `arn:aws:sts::111122223333:assumed-role/Role/session`, `arn:aws:iam::111122223333:root`. */
  readonly arn: string;
  readonly userId: string;
  readonly accessKeyId: string;
  /** Names of the services (signing names) and actions this identity is denied, from the world (for AccessDenied tests). */
  readonly denied: readonly string[];
}

export interface CallContext {
  readonly world: WorldState;
  /** The caller's account state (what the request reads and writes). */
  readonly account: AccountState;
  readonly region: string;
  readonly caller: CallerIdentity;
  /** Operation name as in the API (`ListBuckets`, `DescribeInstances`). */
  readonly operation: string;
  /** For restXml / restJson1: path parameters, query string and headers of the request. */
  readonly http: { readonly path: Readonly<Record<string, string>>; readonly query: Readonly<Record<string, string>>; readonly headers: Readonly<Record<string, string>>; readonly body: Buffer };
  readonly requestId: string;
}

/**
 * An operation. `input` is the decoded request (JSON body; query/EC2 form fields un-flattened into objects
 * and arrays; for REST protocols the body merged with path/query/header bindings the route declares).
 * Returns the output structure, or throws `SimError`.
 */
export type OperationHandler = (input: Record<string, unknown>, ctx: CallContext) => unknown;

/** A REST route: `GET /2015-03-31/functions/{FunctionName}/policy` → `GetPolicy`. */
export interface RestRoute {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'HEAD' | 'PATCH';
  /** Path template with `{Label}` and greedy `{Label+}` segments; may end with `?flag` for S3 sub-resources (`/{Bucket}?acl`). */
  readonly path: string;
  readonly operation: string;
}

export interface ServiceDefinition {
  /** SigV4 signing name (the credential scope's service): `iam`, `s3`, `ec2`, `sts`, `kms`, `lambda`, ... */
  readonly signingName: string;
  readonly protocol: WireProtocol;
  /** JSON protocols: the X-Amz-Target prefix, e.g. `TrentService` (KMS), `CloudTrail_20131101`. */
  readonly targetPrefix?: string;
  /** Query protocols: the API version and XML namespace of responses. */
  readonly apiVersion?: string;
  readonly xmlNamespace?: string;
  /** Global services (IAM, Organizations, S3 control plane listing) ignore the region. */
  readonly global?: boolean;
  readonly routes?: readonly RestRoute[];
  readonly operations: Readonly<Record<string, OperationHandler>>;
}

/** An AWS error as the protocol renders it (`<Error><Code>`, `__type`, `x-amzn-ErrorType`). */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly fault: 'client' | 'server' = status >= 500 ? 'server' : 'client',
  ) {
    super(message);
  }
}

export function defineService(def: ServiceDefinition): ServiceDefinition {
  return def;
}
