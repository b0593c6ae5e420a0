import type { AuditEvent, AuditOrigin } from '../../model/audit/event.js';
import { normalizeCloudTrail } from './cloudtrail/normalize.js';

/** A raw audit-log record into the normalized event, or the reason it cannot be one. */
export type LogNormalizer = (raw: unknown, origin: AuditOrigin) => AuditEvent | string;

/** The normalizer of each provider's audit log (Azure Activity Log and GCP Cloud Audit Logs join here). */
export const NORMALIZERS: Partial<Record<AuditEvent['provider'], LogNormalizer>> = {
  aws: normalizeCloudTrail,
};
