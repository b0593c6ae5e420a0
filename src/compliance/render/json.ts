import type { ComplianceReport } from '../types.js';

/** The JSON format: the {@link ComplianceReport} as is (schema `cloudwarden.compliance/v1`, documented in docs/compliance.md). */
export function renderComplianceJson(report: ComplianceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
