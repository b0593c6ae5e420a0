/** GCP audit log entries for the reader's tests, as Cloud Logging writes them. */
export const PROJECT = 'payments-prod-4821';

let seq = 0;

export function gcpLogEntry(over: { method?: string; service?: string; principal?: string; code?: number; log?: string; insertId?: string; protoPayload?: Record<string, unknown>; resource?: Record<string, unknown> } = {}): Record<string, unknown> {
  seq++;
  return {
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      status: over.code ? { code: over.code, message: 'denied' } : {},
      authenticationInfo: { principalEmail: over.principal ?? 'maria.ops@example.com' },
      requestMetadata: { callerIp: '198.51.100.7', callerSuppliedUserAgent: 'google-cloud-sdk gcloud/502.0.0' },
      serviceName: over.service ?? 'iam.googleapis.com',
      methodName: over.method ?? 'google.iam.admin.v1.CreateServiceAccountKey',
      resourceName: `projects/${PROJECT}/serviceAccounts/deployer@${PROJECT}.iam.gserviceaccount.com`,
      request: { name: `projects/-/serviceAccounts/deployer@${PROJECT}.iam.gserviceaccount.com` },
      ...(over.protoPayload ?? {}),
    },
    insertId: over.insertId ?? `ins-${seq}`,
    resource: over.resource ?? { type: 'service_account', labels: { project_id: PROJECT, email_id: `deployer@${PROJECT}.iam.gserviceaccount.com` } },
    timestamp: '2026-11-27T10:00:00.123456789Z',
    severity: 'NOTICE',
    logName: `projects/${PROJECT}/logs/cloudaudit.googleapis.com%2F${over.log ?? 'activity'}`,
    receiveTimestamp: '2026-11-27T10:00:01.2Z',
  };
}
