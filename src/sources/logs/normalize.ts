import type { AuditEvent, AuditOrigin } from '../../model/audit/event.js';
import { normalizeAzureActivity } from './azure/normalize.js';
import { normalizeCloudTrail } from './cloudtrail/normalize.js';
import { normalizeGcpAudit } from './gcp/normalize.js';

/** A raw audit-log record into the normalized event, or the reason it cannot be one. */
export type LogNormalizer = (raw: unknown, origin: AuditOrigin) => AuditEvent | string;

/** The normalizer of each provider's audit log: CloudTrail, Azure Activity Log, GCP Cloud Audit Logs. */
export const NORMALIZERS: Record<AuditEvent['provider'], LogNormalizer> = {
  aws: normalizeCloudTrail,
  azure: normalizeAzureActivity,
  gcp: normalizeGcpAudit,
};
