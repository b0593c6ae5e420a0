/**
 * GCP audit log entries for detection examples, shaped as Cloud Logging writes them (what
 * `gcloud logging read --format=json` prints and sinks deliver).
 */
export const PROJECT = 'payments-prod-4821';
export const PROJECT_NUMBER = '318274659021';

export interface GcpCall {
  readonly service: string;
  readonly method: string;
  readonly resourceName: string;
  readonly principal?: string;
  readonly minute?: number;
  readonly request?: Record<string, unknown>;
  readonly response?: Record<string, unknown>;
  readonly serviceData?: Record<string, unknown>;
  readonly metadata?: Record<string, unknown>;
  /** google.rpc.Code; 0 or absent = success. */
  readonly code?: number;
  readonly log?: 'activity' | 'data_access' | 'system_event' | 'policy';
  readonly resourceType?: string;
  readonly labels?: Record<string, string>;
  readonly ip?: string;
  readonly project?: string;
}

let seq = 0;

/** The time `minutes` after 2026-11-27T10:00:00Z, with the nanoseconds Cloud Logging writes. */
export function gcpAt(minutes = 0): string {
  return new Date(Date.parse('2026-11-27T10:00:00Z') + minutes * 60_000).toISOString().replace(/Z$/, '482913Z');
}

export function gcpEntry(c: GcpCall): Record<string, unknown> {
  seq++;
  const project = c.project ?? PROJECT;
  const code = c.code ?? 0;
  return {
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      ...(code !== 0 ? { status: { code, message: code === 7 ? 'PERMISSION_DENIED' : 'FAILED' } } : { status: {} }),
      authenticationInfo: { principalEmail: c.principal ?? 'maria.ops@example.com' },
      requestMetadata: { callerIp: c.ip ?? '198.51.100.7', callerSuppliedUserAgent: 'google-cloud-sdk gcloud/502.0.0 command/gcloud', requestAttributes: { time: gcpAt(c.minute), auth: {} }, destinationAttributes: {} },
      serviceName: c.service,
      methodName: c.method,
      authorizationInfo: [{ resource: c.resourceName, permission: `${c.service.split('.')[0]}.${c.method.split('.').pop()}`, granted: code !== 7, resourceAttributes: {} }],
      resourceName: c.resourceName,
      ...(c.request ? { request: c.request } : {}),
      ...(c.response ? { response: c.response } : {}),
      ...(c.serviceData ? { serviceData: c.serviceData } : {}),
      ...(c.metadata ? { metadata: c.metadata } : {}),
    },
    insertId: `gcp-${String(seq).padStart(6, '0')}x`,
    resource: { type: c.resourceType ?? 'project', labels: { project_id: project, ...(c.labels ?? {}) } },
    timestamp: gcpAt(c.minute),
    severity: code !== 0 ? 'ERROR' : 'NOTICE',
    logName: `projects/${project}/logs/cloudaudit.googleapis.com%2F${c.log ?? 'activity'}`,
    receiveTimestamp: gcpAt((c.minute ?? 0) + 0.01),
  };
}

/** `serviceData` of an IAM policy change listing binding deltas as `[action, role, member]`. */
export function policyDelta(...deltas: readonly (readonly [string, string, string])[]): Record<string, unknown> {
  return { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { bindingDeltas: deltas.map(([action, role, member]) => ({ action, role, member })) } };
}

/** A project-level SetIamPolicy with its delta. */
export function projectIam(deltas: readonly (readonly [string, string, string])[], over: Partial<GcpCall> = {}): Record<string, unknown> {
  return gcpEntry({ service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', resourceName: `projects/${PROJECT}`, serviceData: policyDelta(...deltas), ...over });
}
