/**
 * The error codes and HTTP statuses each wire protocol answers for the core's own failures (authentication,
 * throttling, AccessDenied, disabled regions, unknown operations), as the corresponding AWS services answer them.
 */
import type { WireProtocol } from '../service.js';
import { SimError } from '../service.js';

/** Failure kinds raised by the core rather than by a service handler. */
export type CoreErrorKind =
  | 'missingAuth'
  | 'unknownKey'
  | 'badSignature'
  | 'expiredToken'
  | 'throttled'
  | 'accessDenied'
  | 'disabledRegion'
  | 'unknownOperation'
  | 'malformed'
  | 'incompleteSignature'
  | 'payloadMismatch';

type Table = Record<CoreErrorKind, Record<'query' | 'ec2' | 's3' | 'json' | 'restJson', readonly [string, number]>>;

/*
 * Disabled opt-in region: AWS rejects the credentials in a region the account has not enabled, so each protocol
 * answers its "invalid token" error (STS/IAM-style InvalidClientTokenId, EC2 AuthFailure, JSON services
 * UnrecognizedClientException, S3 InvalidAccessKeyId); the message says the region is not enabled so
 * collectors can record an OptInRequired-style gap.
 */
const TABLE: Table = {
  missingAuth: { query: ['MissingAuthenticationToken', 403], ec2: ['MissingAuthenticationToken', 401], s3: ['AccessDenied', 403], json: ['MissingAuthenticationTokenException', 400], restJson: ['MissingAuthenticationTokenException', 403] },
  unknownKey: { query: ['InvalidClientTokenId', 403], ec2: ['AuthFailure', 401], s3: ['InvalidAccessKeyId', 403], json: ['UnrecognizedClientException', 400], restJson: ['UnrecognizedClientException', 403] },
  badSignature: { query: ['SignatureDoesNotMatch', 403], ec2: ['AuthFailure', 401], s3: ['SignatureDoesNotMatch', 403], json: ['InvalidSignatureException', 400], restJson: ['InvalidSignatureException', 403] },
  expiredToken: { query: ['ExpiredToken', 403], ec2: ['RequestExpired', 400], s3: ['ExpiredToken', 400], json: ['ExpiredTokenException', 400], restJson: ['ExpiredTokenException', 403] },
  throttled: { query: ['Throttling', 400], ec2: ['RequestLimitExceeded', 503], s3: ['SlowDown', 503], json: ['ThrottlingException', 400], restJson: ['ThrottlingException', 429] },
  accessDenied: { query: ['AccessDenied', 403], ec2: ['UnauthorizedOperation', 403], s3: ['AccessDenied', 403], json: ['AccessDeniedException', 400], restJson: ['AccessDeniedException', 403] },
  disabledRegion: { query: ['InvalidClientTokenId', 403], ec2: ['AuthFailure', 401], s3: ['InvalidAccessKeyId', 403], json: ['UnrecognizedClientException', 400], restJson: ['UnrecognizedClientException', 403] },
  unknownOperation: { query: ['InvalidAction', 400], ec2: ['InvalidAction', 400], s3: ['NotImplemented', 501], json: ['UnknownOperationException', 400], restJson: ['UnknownOperationException', 404] },
  incompleteSignature: { query: ['IncompleteSignature', 400], ec2: ['AuthFailure', 401], s3: ['AuthorizationHeaderMalformed', 400], json: ['IncompleteSignatureException', 400], restJson: ['IncompleteSignatureException', 403] },
  payloadMismatch: { query: ['SignatureDoesNotMatch', 403], ec2: ['AuthFailure', 401], s3: ['XAmzContentSHA256Mismatch', 400], json: ['InvalidSignatureException', 400], restJson: ['InvalidSignatureException', 403] },
  malformed: { query: ['MalformedInput', 400], ec2: ['InvalidParameterValue', 400], s3: ['MalformedXML', 400], json: ['SerializationException', 400], restJson: ['SerializationException', 400] },
};

function family(p: WireProtocol): keyof Table['throttled'] {
  switch (p) {
    case 'awsQuery':
      return 'query';
    case 'ec2Query':
      return 'ec2';
    case 'restXml':
      return 's3';
    case 'awsJson1_0':
    case 'awsJson1_1':
      return 'json';
    case 'restJson1':
      return 'restJson';
  }
}

/** The code and status `protocol` answers for `kind`. */
export function coreErrorCode(protocol: WireProtocol, kind: CoreErrorKind): readonly [string, number] {
  return TABLE[kind][family(protocol)];
}

/** A `SimError` for a core failure in `protocol`'s terms. */
export function coreError(protocol: WireProtocol, kind: CoreErrorKind, message: string): SimError {
  const [code, status] = coreErrorCode(protocol, kind);
  return new SimError(code, message, status);
}
