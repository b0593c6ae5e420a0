import { ctEvent } from './cloudtrail-records.js';

/**
 * Builders on top of `ctEvent` for the part-b detection examples: most scenarios are one API call with
 * its request parameters, sometimes failed.
 */

/** A call to `<service>.amazonaws.com` with the request parameters CloudTrail logs for it. */
export function apiCall(service: string, eventName: string, requestParameters: Record<string, unknown> | null, over: Record<string, unknown> = {}): Record<string, unknown> {
  return ctEvent(`${service}.amazonaws.com`, eventName, { requestParameters, ...over });
}

/** The same call refused: CloudTrail keeps the request parameters and adds the error. */
export function refused(record: Record<string, unknown>, errorCode = 'AccessDenied'): Record<string, unknown> {
  return { ...record, errorCode, errorMessage: `User is not authorized to perform ${String(record['eventName'])}`, responseElements: null };
}

/** A call logged by an AWS service acting for a principal (`invokedBy` set, host name as source). */
export function viaService(record: Record<string, unknown>, service: string): Record<string, unknown> {
  return { ...record, userIdentity: { ...(record['userIdentity'] as Record<string, unknown>), invokedBy: service }, sourceIPAddress: service, userAgent: service };
}
