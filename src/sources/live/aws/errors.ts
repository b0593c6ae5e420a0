/**
 * Classifies SDK errors into the coverage reasons the scan reports. The SDK has already retried (adaptive
 * mode) by the time an error reaches us, so a throttling error here means the retries ran out.
 */

/** Coverage-gap reasons, in the words the summary prints. */
export type GapReason = 'AccessDenied' | 'RegionDisabled' | 'Throttled' | 'ServerError' | 'Unsupported' | 'InvalidCredentials' | 'NetworkError' | 'CollectorError' | 'ClientError';

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError', 'UnauthorizedAccess', 'AuthorizationErrorException', 'Forbidden']);
// What AWS answers for a request to an opt-in region the account has not enabled: EC2 says AuthFailure,
// JSON services UnrecognizedClientException, query services InvalidClientTokenId; some say OptInRequired.
const REGION_AUTH = new Set(['AuthFailure', 'InvalidClientTokenId', 'UnrecognizedClientException', 'InvalidAccessKeyId']);
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);
const UNSUPPORTED = new Set(['UnknownOperation', 'UnknownOperationException', 'InvalidAction', 'UnsupportedOperation', 'UnsupportedOperationException', 'NotImplemented', 'UnknownOperationError']);
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', 'TimeoutError', 'RequestTimeout']);

/** What we know of a thrown SDK error. */
export interface ErrorFacts {
  /** The AWS error code (`AccessDenied`), or the Node error code for network failures. */
  readonly code: string;
  readonly status: number | undefined;
  readonly message: string;
}

/** Reads the code, HTTP status and message from whatever the SDK (or Node) threw. */
export function errorFacts(err: unknown): ErrorFacts {
  if (typeof err !== 'object' || err === null) return { code: 'Unknown', status: undefined, message: String(err) };
  const e = err as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const code = typeof e.Code === 'string' ? e.Code : typeof e.code === 'string' && !/^\d+$/.test(e.code) ? e.code : typeof e.name === 'string' ? e.name : 'Unknown';
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  const message = typeof e.message === 'string' && e.message !== '' ? e.message : code;
  return { code, status, message };
}

/** True for the error codes (and HTTP 429) AWS uses for throttling. */
export function isThrottlingError(err: unknown): boolean {
  const f = errorFacts(err);
  return THROTTLING.has(f.code) || f.status === 429;
}

/**
 * The coverage reason for a final error. `regional` says whether the call went to a regional endpoint:
 * only there do credential-style rejections mean "this region is not enabled for the account".
 */
export function classifyError(err: unknown, regional: boolean): { reason: GapReason; code: string; message: string } {
  const f = errorFacts(err);
  const out = (reason: GapReason): { reason: GapReason; code: string; message: string } => ({ reason, code: f.code, message: f.code === f.message ? f.code : `${f.code}: ${f.message}` });
  if (ACCESS_DENIED.has(f.code)) return out('AccessDenied');
  if (f.code === 'OptInRequired') return out('RegionDisabled');
  if (REGION_AUTH.has(f.code)) return out(regional ? 'RegionDisabled' : 'InvalidCredentials');
  if (THROTTLING.has(f.code) || f.status === 429) return out('Throttled');
  if (UNSUPPORTED.has(f.code)) return out('Unsupported');
  if (NETWORK.has(f.code)) return out('NetworkError');
  if ((f.status !== undefined && f.status >= 500) || (err as { $fault?: unknown }).$fault === 'server') return out('ServerError');
  if (f.status === 403) return out('AccessDenied');
  return out('ClientError');
}
